import { Button, Card, Flex, Typography } from 'antd'
import type { PlaceholderInfo } from '../../../../shared/api/documents'

interface Props {
  placeholders: PlaceholderInfo[]
  /** Called with `{{名称}}` when the user picks one; absent when the template cannot be edited. */
  onInsert?(text: string): void
}

/** 可用占位符: what a template may contain, each insertable into 正文 with a click. */
export function PlaceholderList({ placeholders, onInsert }: Props) {
  return (
    <Card title="可用占位符" size="small" extra={onInsert && <Typography.Text type="secondary">点击插入到光标处</Typography.Text>}>
      <Flex vertical gap={4}>
        {placeholders.map((p) => {
          const token = `{{${p.name}}}`
          return (
            <Button
              key={p.name}
              type="text"
              block
              disabled={!onInsert}
              onClick={() => onInsert?.(token)}
              style={{ height: 'auto', textAlign: 'left', justifyContent: 'flex-start', whiteSpace: 'normal', padding: '4px 8px' }}
            >
              <span>
                <Typography.Text code>{token}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 4 }}>
                  {p.description}
                  {p.input ? '（生成时填写）' : ''}
                </Typography.Text>
              </span>
            </Button>
          )
        })}
      </Flex>
    </Card>
  )
}
