import type { HandlerMap } from '../handler'
import { AppError } from '../errors'

// Placeholder replaced by the documents work (kinds destruction_*): refuses until then.
type Ops = 'destruction.document.preview' | 'destruction.document.issue'

export const destructionDocumentHandlers: HandlerMap<Ops> = {
  'destruction.document.preview': async () => {
    throw new AppError('STATE', '销毁文书尚未完成')
  },
  'destruction.document.issue': async () => {
    throw new AppError('STATE', '销毁文书尚未完成')
  },
}
