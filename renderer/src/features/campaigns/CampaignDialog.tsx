import { Form } from 'antd'
import type { Campaign } from '../../../../shared/api/campaign-types'
import { ApiError, invoke } from '../../api/client'
import { FormDialog } from '../../components/FormDialog'
import { campaignFieldErrors } from './campaign-format'
import { CampaignFactsForm, emptyFacts, factsOf, valuesOf, type FactsValues } from './CampaignFactsForm'

// 新建专项行动, or 修改 its facts while it is open (sent with the version read; a unit that has reported stays).

interface Props {
  /** Absent for a new campaign. */
  campaign?: Campaign
  onDone(c: Campaign): void
  onClose(): void
  /** CONFLICT: the page loads the newer copy under the open dialog. */
  onStale?: () => void
}

export function CampaignDialog({ campaign: c, onDone, onClose, onStale }: Props) {
  const [form] = Form.useForm<FactsValues>()
  return (
    <FormDialog<FactsValues, Campaign>
      title={c ? `修改：${c.name}` : '新建专项行动'}
      okText={c ? '保存' : '新建'}
      width={720}
      form={form}
      initialValues={c ? valuesOf(c) : emptyFacts()}
      submit={(v) => (c ? invoke('campaigns.update', { id: c.id, version: c.version, facts: factsOf(v) }) : invoke('campaigns.create', factsOf(v)))}
      success={c ? '已保存' : '已新建专项行动'}
      onDone={onDone}
      onClose={onClose}
      mapError={(err) => {
        if (c && onStale && err instanceof ApiError && err.code === 'CONFLICT') {
          onStale()
          return new Error(`${err.message}。已载入最新内容，请核对后再保存。`, { cause: err })
        }
        return campaignFieldErrors(err, ['units'])
      }}
      testId={c ? 'campaign-edit-dialog' : 'campaign-new-dialog'}
      submitTestId={c ? 'campaign-edit-submit' : 'campaign-new-submit'}
      errorTestId="campaign-dialog-error"
    >
      <CampaignFactsForm form={form} kindFixed={c !== undefined} />
    </FormDialog>
  )
}
