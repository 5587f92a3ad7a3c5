import type { z } from 'zod'
import { isOpName, operations, type OpName } from '../../shared/api'
import type { Access } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/errors'
import type { CurrentUser } from '../../shared/api/auth'
import { loadCurrentUser, countUsers } from './auth/users'
import { writeAudit } from './audit/write'
import { AppError } from './errors'
import type { CoreServices, Handler, HandlerMap } from './handler'
import type { ClientContext } from './transport/client'

/**
 * The one path every call takes, whatever the transport: known operation → session and role →
 * zod validation → handler in one transaction (audit entries in the same transaction) → envelope.
 */
export async function dispatch(
  services: CoreServices,
  handlers: HandlerMap<OpName>,
  name: string,
  rawInput: unknown,
  client: ClientContext,
): Promise<Envelope<unknown>> {
  try {
    if (!isOpName(name)) throw new AppError('NOT_FOUND', `没有名为“${name}”的操作`)
    const def = operations[name]
    const user = await resolveUser(services, client)
    await checkAccess(services, def.access, user)

    const parsed = (def.input as z.ZodType).safeParse(rawInput ?? {})
    if (!parsed.success) throw validationError(parsed.error)

    const handler = handlers[name] as Handler<OpName>
    const data = await services.db.transaction().execute((trx) =>
      handler(parsed.data as never, {
        trx,
        user,
        client,
        services,
        audit: (entry) => writeAudit(trx, { ...entry, userId: user?.id ?? null, operation: name }),
      }),
    )
    return { ok: true, data }
  } catch (err) {
    return { ok: false, error: toAppError(err).toData() }
  }
}

async function resolveUser(services: CoreServices, client: ClientContext): Promise<CurrentUser | null> {
  const userId = services.sessions.touch(client.sessionToken)
  if (!userId) return null
  const user = await loadCurrentUser(services.db, userId)
  // A disabled or voided account loses its session at once.
  if (!user) services.sessions.end(client.sessionToken)
  return user
}

async function checkAccess(services: CoreServices, access: Access, user: CurrentUser | null): Promise<void> {
  if (access === 'public') return
  if (access === 'setup') {
    if ((await countUsers(services.db)) > 0) throw new AppError('STATE', '首次设置已完成，请直接登录')
    return
  }
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录')
  if (access === 'session') return
  if (!access.some((role) => user.roles.includes(role))) {
    throw new AppError('FORBIDDEN', '您没有执行此操作的权限')
  }
}

function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = error.issues[0]?.message ?? '输入有误'
  return new AppError('VALIDATION', `输入有误：${first}`, fields)
}

const STORAGE_CODES: Record<string, string> = {
  SQLITE_FULL: '磁盘已满，操作未保存。请清理磁盘空间后重试。',
  SQLITE_READONLY: '数据库文件只读，操作未保存。',
  SQLITE_CORRUPT: '数据库文件已损坏，操作未保存。请联系管理员从备份恢复。',
  SQLITE_NOTADB: '数据库文件已损坏，操作未保存。请联系管理员从备份恢复。',
  SQLITE_BUSY: '数据库正忙，操作未保存，请稍后重试。',
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  const code = String((err as { code?: unknown })?.code ?? '')
  const storage = STORAGE_CODES[code] ?? (code.startsWith('SQLITE_IOERR') ? '读写数据库文件出错，操作未保存。' : undefined)
  if (storage) return new AppError('STORAGE', storage)
  const at = new Date().toISOString()
  console.error(`[taizhang] internal error at ${at}:`, err)
  return new AppError('INTERNAL', `程序内部错误，操作未完成，数据未改动。请告知管理员（时间 ${at}）。`)
}
