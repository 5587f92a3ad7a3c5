import { useEffect } from 'react'
import { Alert, App as AntApp, Button, Flex, Form, Input, Select, Space, Table, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { Campaign, FormItem } from '../../../../shared/api/campaign-types'
import { FIGURE_SOURCES, ITEM_KINDS, type FigureSource, type ItemKind } from '../../../../shared/domain/campaigns'
import { ApiError, invoke } from '../../api/client'
import { useFormSubmit } from '../../api/use-form-submit'
import { useCan } from '../auth/can'
import { RecordsTag } from './campaign-format'

// 统计表项目: the form every unit fills, in order and under its headings. Until the first unit reports, the lead
// office renames, regroups, reorders, adds (数量 or 文字) and removes items; the items taken from the records keep
// their name and kind (they can be moved or removed). 保存 sends the whole list in its order.

interface Row {
  id: string | null
  name: string
  unitWord: string
  group: string
  note: string
  kind: ItemKind
  source: FigureSource | null
}

interface Values {
  items: Row[]
}

const rowOf = (i: FormItem): Row => ({ id: i.id, name: i.name, unitWord: i.unitWord, group: i.group, note: i.note, kind: i.kind, source: i.source })
const NEW_KINDS = (['count', 'text'] as const).map((k) => ({ value: k, label: ITEM_KINDS[k] }))

interface Props {
  campaign: Campaign
  live: boolean
  onSaved(c: Campaign): void
  onStale(): void
}

export function ItemsTab({ campaign: c, live, onSaved, onStale }: Props) {
  const can = useCan()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<Values>()
  const { busy, banner, setBanner, run, formProps, markClean, dirty } = useFormSubmit(form)
  const reported = c.reports.filter((r) => r.status === 'submitted').map((r) => r.unit)
  const editable = live && reported.length === 0 && can('campaigns.items.save')
  const itemsKey = JSON.stringify(c.items)

  useEffect(() => {
    form.setFieldsValue({ items: (JSON.parse(itemsKey) as FormItem[]).map(rowOf) })
    markClean()
  }, [itemsKey, form, markClean])

  const save = async () => {
    // Every row as held, with what the form has no field for (id, kind, source): onFinish gives only the fields.
    const v = form.getFieldsValue(true) as Values
    await run(async () => {
      try {
        // An item from the records is sent as 'count': core keeps its own kind and source.
        const items = v.items.map((r) => ({ id: r.id, name: r.name, unitWord: r.unitWord, group: r.group, note: r.note, kind: r.kind === 'text' ? ('text' as const) : ('count' as const) }))
        onSaved(await invoke('campaigns.items.save', { id: c.id, version: c.version, items }))
        message.success('统计表项目已保存')
      } catch (err) {
        if (err instanceof ApiError && err.code === 'CONFLICT') onStale()
        throw err
      }
    })
  }

  return (
    <Form<Values> form={form} onFinish={() => void save()} disabled={!editable || busy} {...formProps} data-testid="items-form">
      {reported.length > 0 && live && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`${reported.join('、')}已报送，统计表项目不能再修改`} />}
      <Form.List name="items">
        {(fields, { add, remove, move }, { errors }) => {
          const rows = (form.getFieldValue('items') as Row[] | undefined) ?? []
          const firstRecord = rows.findIndex((r) => r.source !== null)
          return (
            <>
              <Table
                data-testid="items-table"
                size="small"
                bordered
                pagination={false}
                rowKey="key"
                dataSource={fields}
                columns={[
                  { title: '序号', key: 'n', width: 56, align: 'center', render: (_v, f) => f.name + 1 },
                  { title: '分组', key: 'group', width: 150, render: (_v, f) => <ItemInput name={[f.name, 'group']} label={`第${f.name + 1}项 分组`} max={30} readOnly={!editable || rows[f.name]?.source != null} /> },
                  {
                    title: '项目名称',
                    key: 'name',
                    render: (_v, f) =>
                      rows[f.name]?.source != null ? (
                        <span>
                          {rows[f.name]!.name}
                          <RecordsTag />
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                            {FIGURE_SOURCES[rows[f.name]!.source!]}
                          </Typography.Text>
                        </span>
                      ) : (
                        <ItemInput name={[f.name, 'name']} label={`第${f.name + 1}项 项目名称`} max={40} required readOnly={!editable} />
                      ),
                  },
                  { title: '计量单位', key: 'unitWord', width: 100, render: (_v, f) => <ItemInput name={[f.name, 'unitWord']} label={`第${f.name + 1}项 计量单位`} max={10} readOnly={!editable || rows[f.name]?.source != null} /> },
                  {
                    title: '类型',
                    key: 'kind',
                    width: 100,
                    render: (_v, f) =>
                      editable && rows[f.name]?.id === null ? (
                        <Form.Item name={[f.name, 'kind']} style={{ margin: 0 }}>
                          <Select aria-label={`第${f.name + 1}项 类型`} options={NEW_KINDS} />
                        </Form.Item>
                      ) : (
                        ITEM_KINDS[rows[f.name]?.kind ?? 'count']
                      ),
                  },
                  { title: '说明', key: 'note', width: 200, render: (_v, f) => <ItemInput name={[f.name, 'note']} label={`第${f.name + 1}项 说明`} max={100} readOnly={!editable || rows[f.name]?.source != null} /> },
                  ...(editable
                    ? [
                        {
                          title: '操作',
                          key: 'ops',
                          width: 110,
                          render: (_v: unknown, f: { name: number }) => (
                            <Space size={0}>
                              <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`第${f.name + 1}项 上移`} disabled={f.name === 0} onClick={() => move(f.name, f.name - 1)} />
                              <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`第${f.name + 1}项 下移`} disabled={f.name === fields.length - 1} onClick={() => move(f.name, f.name + 1)} />
                              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`第${f.name + 1}项 删除`} disabled={fields.length === 1} onClick={() => remove(f.name)} />
                            </Space>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              <Form.ErrorList errors={errors} />
              {banner && <Alert type="error" showIcon closable={{ onClose: () => setBanner(null) }} title={banner} style={{ marginTop: 12 }} data-testid="items-error" />}
              {editable && (
                <Flex justify="space-between" style={{ marginTop: 12 }}>
                  <Button icon={<PlusOutlined />} onClick={() => add({ id: null, name: '', unitWord: '', group: '', note: '', kind: 'count', source: null } satisfies Row, firstRecord === -1 ? undefined : firstRecord)} data-testid="item-add">
                    增加项目
                  </Button>
                  <Space>
                    {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
                    <Button
                      onClick={() => {
                        form.setFieldsValue({ items: c.items.map(rowOf) })
                        markClean()
                      }}
                      disabled={!dirty || busy}
                    >
                      放弃修改
                    </Button>
                    <Button type="primary" htmlType="submit" loading={busy} data-testid="items-save">
                      保存
                    </Button>
                  </Space>
                </Flex>
              )}
            </>
          )
        }}
      </Form.List>
    </Form>
  )
}

/** A field's text where it cannot be changed. */
const Plain = ({ value }: { value?: string }) => <span>{value}</span>

function ItemInput({ name, label, max, required = false, readOnly = false }: { name: (string | number)[]; label: string; max: number; required?: boolean; readOnly?: boolean }) {
  return (
    <Form.Item name={name} style={{ margin: 0 }} rules={required && !readOnly ? [{ required: true, whitespace: true, message: '请填写项目名称' }] : []}>
      {readOnly ? <Plain /> : <Input aria-label={label} maxLength={max} />}
    </Form.Item>
  )
}
