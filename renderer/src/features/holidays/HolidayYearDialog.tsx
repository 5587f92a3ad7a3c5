import { Form, Input, InputNumber, Typography } from 'antd'
import type { HolidayYear } from '../../../../shared/api/holidays'
import { ApiError, invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { formatDateList, parseDateList } from './date-list'

interface Values {
  year: number
  source: string
  off: string
  work: string
}

const datesRule = (required: boolean) => ({
  validator: async (_r: unknown, value: string | undefined) => {
    if (!value?.trim()) {
      if (required) throw new Error('请至少填写一天放假日期')
      return
    }
    const parsed = parseDateList(value)
    if (!parsed.ok) throw new Error(parsed.message)
  },
})

/** Enter a new year from the State Council notice, or correct one (shipped years too). */
export function HolidayYearDialog({ year, onDone, onClose }: { year: HolidayYear | null; onDone(saved: HolidayYear & { recomputed: number }): void; onClose(): void }) {
  const [form] = Form.useForm<Values>()
  const submit = async (v: Values) => {
    const off = parseDateList(v.off)
    const work = parseDateList(v.work ?? '')
    return invoke('holidays.save', { year: v.year, source: v.source, off: off.ok ? off.dates : [], work: work.ok ? work.dates : [], version: year?.version ?? 0 })
  }
  return (
    <FormDialog<Values, HolidayYear & { recomputed: number }>
      title={year ? `更正${year.year}年节假日安排` : '录入新一年的节假日安排'}
      okText="保存"
      width={600}
      form={form}
      initialValues={year ? { year: year.year, source: year.origin === 'entered' ? year.source : '', off: formatDateList(year.off), work: formatDateList(year.work) } : { year: new Date().getFullYear() + 1 }}
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      // Core names a list's entry (off.3); the form has one text box per list.
      mapError={(err) =>
        err instanceof ApiError
          ? new ApiError({ code: err.code, message: err.message, fields: Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [k.split('.')[0]!, m])) })
          : err
      }
      testId="holiday-year-dialog"
    >
      <Typography.Paragraph type="secondary">
        按国务院办公厅通知录入：放假日期和调休上班日期（周六、周日上班的日子）。可每行一个日期，或写成“2027-02-10至2027-02-17”。保存后，跨入该年的工作日期限立即重新计算。
      </Typography.Paragraph>
      <Form.Item name="year" label="年份" rules={[{ required: true, message: '请填写年份' }]}>
        <InputNumber min={2000} max={2100} precision={0} disabled={year !== null} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="source" label="通知文号或来源" rules={[{ required: true, whitespace: true, message: '请填写通知文号或来源' }]}>
        <Input placeholder="例如 国办发明电〔2026〕X号" maxLength={100} />
      </Form.Item>
      <Form.Item name="off" label="放假日期" rules={[datesRule(true)]}>
        <Input.TextArea rows={6} placeholder={'2027-01-01\n2027-02-10至2027-02-17'} data-testid="holiday-off" />
      </Form.Item>
      <Form.Item name="work" label="调休上班日期" rules={[datesRule(false)]}>
        <Input.TextArea rows={3} placeholder="2027-02-07" data-testid="holiday-work" />
      </Form.Item>
    </FormDialog>
  )
}
