import { Divider, Form, Input, Typography } from 'antd'
import type { FormItem, ReportFigure, UnitReport } from '../../../../shared/api/campaign-types'
import { MAX_FIGURE } from '../../../../shared/api/campaigns'
import { IntegerInput } from '../../components/IntegerInput'
import { integerRules } from '../../components/form-rules'
import { figureText, groupItems, RecordsTag } from './campaign-format'

// The unit's figures on the form, in its order and under its headings: a whole number for each count (its unit
// beside it), a text for 亮点活动 and the like, and the items taken from the records shown, never typed.

/** The form's values: one entry per typed item, by item id (a count's number or its text as typed, a text). */
export interface FigureValues {
  v: Record<string, number | string | null>
}

export const valuesOfReport = (report: UnitReport, items: readonly FormItem[]): FigureValues => {
  const byItem = new Map(report.figures.map((f) => [f.itemId, f]))
  return { v: Object.fromEntries(items.filter((i) => i.source === null).map((i) => [i.id, i.kind === 'text' ? (byItem.get(i.id)?.text ?? '') : (byItem.get(i.id)?.value ?? null)])) }
}

/** What a submitted figure from the records says beside today's records, when they differ. */
function RecordValue({ item, figure, submitted }: { item: FormItem; figure: ReportFigure | undefined; submitted: boolean }) {
  const value = figure?.value ?? 0
  const now = figure?.recordValue ?? null
  return (
    <span data-testid={`report-record-${item.key}`}>
      <Typography.Text strong>{figureText(item, value)}</Typography.Text>
      {item.unitWord && <Typography.Text style={{ marginLeft: 4 }}>{item.unitWord}</Typography.Text>}
      <RecordsTag />
      {submitted && now !== null && now !== value && (
        <Typography.Text type="warning" style={{ marginLeft: 6 }}>
          台账现为 {figureText(item, now)}
          {item.unitWord}
        </Typography.Text>
      )}
    </span>
  )
}

/** A figure that may not be changed, as text: easier to read than a greyed-out box. */
function Shown({ item, value }: { item: FormItem; value?: number | string | null }) {
  if (item.kind === 'text') return <div style={{ whiteSpace: 'pre-wrap', paddingTop: 5 }}>{typeof value === 'string' && value ? value : <Typography.Text type="secondary">（未填写）</Typography.Text>}</div>
  if (typeof value !== 'number') return <Typography.Text type="secondary">（未填写）</Typography.Text>
  return (
    <span>
      <Typography.Text strong>{figureText(item, value)}</Typography.Text>
      {item.unitWord && <Typography.Text style={{ marginLeft: 4 }}>{item.unitWord}</Typography.Text>}
    </span>
  )
}

interface Props {
  items: readonly FormItem[]
  report: UnitReport
  /** Sent or locked, or the user may not fill it: the figures shown as text. */
  readOnly: boolean
}

export function ReportFigures({ items, report, readOnly }: Props) {
  // Figures shown as text sit closer together than boxes to type in.
  const row = { marginBottom: readOnly ? 4 : 16 }
  const byItem = new Map(report.figures.map((f) => [f.itemId, f]))
  const submitted = report.status === 'submitted'
  return (
    <>
      {groupItems(items).map((g, n) => (
        <section key={`${n}-${g.group}`}>
          {g.group && (
            <Divider titlePlacement="start" style={{ margin: '12px 0' }}>
              {g.group}
            </Divider>
          )}
          {g.items.map((item) =>
            item.source !== null ? (
              <Form.Item key={item.id} style={row} label={item.name} extra={item.note || undefined}>
                <RecordValue item={item} figure={byItem.get(item.id)} submitted={submitted} />
              </Form.Item>
            ) : readOnly ? (
              <Form.Item key={item.id} style={row} name={['v', item.id]} label={item.name} extra={item.note || undefined}>
                <Shown item={item} />
              </Form.Item>
            ) : item.kind === 'text' ? (
              <Form.Item key={item.id} style={row} name={['v', item.id]} label={item.name} extra={item.note || undefined}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={2000} data-testid={`report-text-${item.key}`} />
              </Form.Item>
            ) : (
              <Form.Item key={item.id} style={row} name={['v', item.id]} label={item.name} extra={item.note || undefined} rules={integerRules(item.name, 0, MAX_FIGURE, { required: false })}>
                <IntegerInput suffix={item.unitWord || undefined} data-testid={`report-value-${item.key}`} />
              </Form.Item>
            ),
          )}
        </section>
      ))}
    </>
  )
}
