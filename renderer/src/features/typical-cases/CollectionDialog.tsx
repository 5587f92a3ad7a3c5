import { Form, Input } from 'antd'
import type { TypicalCollection } from '../../../../shared/api/typical-types'
import { invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { IntegerInput } from '../../components/IntegerInput'
import { integerRules } from '../../components/form-rules'

// A collection made (year, name, 导语) or, while it is being written, renamed and its 导语 rewritten: the 导语 opens
// the published 典型案例集 (left empty, one is written from the number of cases).

interface Values {
  year: number | string | null
  name: string
  intro: string
}

export function CollectionDialog({ collection: k, onClose, onDone }: { collection?: TypicalCollection; onClose(): void; onDone(id: string, k: TypicalCollection): void }) {
  const [form] = Form.useForm<Values>()
  const thisYear = new Date().getFullYear()
  return (
    <FormDialog<Values, TypicalCollection>
      title={k ? `修改：${k.name}` : '新建典型案例集'}
      okText={k ? '保存' : '新建'}
      form={form}
      initialValues={k ? { year: k.year, name: k.name, intro: k.intro } : { year: thisYear, name: `${thisYear}年度行政处罚典型案例`, intro: '' }}
      submit={(v) =>
        k ? invoke('typical.collections.update', { id: k.id, version: k.version, name: v.name, intro: v.intro }) : invoke('typical.collections.create', { year: Number(v.year), name: v.name, intro: v.intro })
      }
      success={k ? '已保存' : '已新建案例集'}
      onDone={(saved) => onDone(saved.id, saved)}
      onClose={onClose}
      testId={k ? 'collection-edit-dialog' : 'collection-new-dialog'}
      submitTestId={k ? 'collection-edit-submit' : 'collection-new-submit'}
    >
      <Form.Item name="year" label="年度" rules={integerRules('年度', 1990, 2100)}>
        <IntegerInput data-testid="collection-year" disabled={k !== undefined} />
      </Form.Item>
      <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写案例集名称' }]} extra="如 2025年度行政处罚典型案例、3·15消费维权典型案例、铁拳行动典型案例">
        <Input data-testid="collection-name" maxLength={60} />
      </Form.Item>
      <Form.Item name="intro" label="导语" extra="印在案例集文书标题之下；不填写时按案例件数自动生成">
        <Input.TextArea data-testid="collection-intro" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  )
}
