import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { parseDocumentNumber } from '../../../../shared/rules/document-number'
import type { FileChild } from 'docx'
import type { DocumentKindDef } from './types'

// 公告（通用）: an announcement of the agency on any matter. Areas add their own kinds with generated tables.
export const noticeKind: DocumentKindDef = {
  kind: 'notice',
  label: DOCUMENT_KIND_LABELS.notice,
  placeholders: [
    { name: '机关名称', description: '机关全称（设置 → 机关信息）', input: false, sample: 'XX县市场监督管理局' },
    { name: '机关简称', description: '文号代字（设置 → 机关信息）', input: false, sample: 'X市监' },
    { name: '机关地址', description: '机关地址（设置 → 机关信息）', input: false, sample: 'XX县人民路1号' },
    { name: '联系电话', description: '机关电话（设置 → 机关信息）', input: false, sample: '0598-1234567' },
    { name: '成文日期', description: '成文日期，如 2026年11月23日', input: false, sample: '2026年11月23日' },
    { name: '事项', description: '公告事项，用在标题“关于……的公告”中', input: true, sample: '集中销毁侵权假冒伪劣商品' },
    { name: '主送机关', description: '主送机关，可不填', input: true, sample: '各市场监督管理所' },
    { name: '正文', description: '公告正文，每行一段', input: true, sample: '本局定于近日对依法没收的侵权假冒伪劣商品进行集中销毁。' },
    { name: '文号', description: '发文字号，如 X市监〔2026〕3号，可不填', input: true, sample: 'X市监〔2026〕3号' },
  ],
  defaultTemplate: {
    title: '{{机关名称}}\n关于{{事项}}的公告',
    body: '{{正文}}\n特此公告。',
  },
  values: ({ agency, date, inputs }) => ({
    机关名称: agency.fullName,
    机关简称: agency.shortName,
    机关地址: agency.address,
    联系电话: agency.phone,
    成文日期: formatChineseDate(date),
    事项: inputs.事项 ?? '',
    主送机关: inputs.主送机关 ?? '',
    正文: inputs.正文 ?? '',
    文号: inputs.文号 ?? '',
  }),
  layout(b, filled, { agency, date, inputs }) {
    const children: FileChild[] = [...b.title(filled.titleLines)]
    if (inputs.文号?.trim()) children.push(b.documentNumber(inputs.文号.trim()))
    children.push(...b.blankLines(1))
    if (inputs.主送机关?.trim() && filled.lines[0]?.kind !== 'addressee') children.push(b.addressee(inputs.主送机关.trim()))
    for (const line of filled.lines) {
      if (line.kind === 'addressee') children.push(b.addressee(line.text))
      else if (line.kind === 'heading1') children.push(b.heading1(line.text))
      else if (line.kind === 'heading2') children.push(b.heading2(line.text))
      else children.push(b.paragraph(line.text))
    }
    children.push(...b.signature(agency.fullName, date, { sealed: true }))
    return children
  },
  checkInputs(inputs): Record<string, string> {
    const number = inputs.文号?.trim()
    const parsed = number ? parseDocumentNumber(number) : null
    return parsed && !parsed.ok ? { 文号: parsed.message } : {}
  },
  recordIds: () => [],
}
