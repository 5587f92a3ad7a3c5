import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { parseDocumentNumber } from '../../../../shared/rules/document-number'
import { localDate } from '../../../../shared/rules/local-time'
import { attachmentNames, attachmentProblem, MAX_ATTACHMENT_NAME, MAX_ATTACHMENTS, officialDocument } from '../official'
import type { DocumentKindDef } from './types'

// 公告（通用）: an announcement of the agency on any matter, laid out as a 公文 without a 版头 (official.ts).
// Areas add their own kinds with generated tables (as attachments).

export const noticeKind: DocumentKindDef = {
  kind: 'notice',
  label: DOCUMENT_KIND_LABELS.notice,
  placeholders: [
    { name: '机关名称', description: '机关全称（设置 → 机关信息）', input: false, sample: 'XX县市场监督管理局' },
    { name: '机关简称', description: '文号代字（设置 → 机关信息）', input: false, sample: 'X市监' },
    { name: '机关地址', description: '机关地址（设置 → 机关信息）', input: false, sample: 'XX县人民路1号' },
    { name: '联系电话', description: '机关电话（设置 → 机关信息）', input: false, sample: '0598-1234567' },
    { name: '成文日期', description: '成文日期，如 2026年11月23日', input: false, sample: '2026年11月23日' },
    {
      name: '事项',
      description: '公告事项，用在标题“关于……的公告”中；标题过长时按词意自动分行，要自己定分行处，在该处输入“|”',
      input: true,
      sample: '集中销毁侵权假冒伪劣商品',
      maxLength: 40,
    },
    { name: '主送机关', description: '主送机关，可不填', input: true, sample: '各市场监督管理所', maxLength: 60 },
    { name: '正文', description: '公告正文，每行一段；以“一、”“（一）”开头的行是小标题', input: true, sample: '本局定于近日对依法没收的侵权假冒伪劣商品进行集中销毁。', multiline: true, maxLength: 50_000 },
    {
      name: '附件',
      description: `附件名称，每行一个，不用编号，可不填；正文下列出附件说明，每个附件另起一页（最多${MAX_ATTACHMENTS}个，每个不超过${MAX_ATTACHMENT_NAME}个字）`,
      input: true,
      sample: '销毁物品清单\n销毁现场照片',
      multiline: true,
      maxLength: MAX_ATTACHMENTS * (MAX_ATTACHMENT_NAME + 2),
    },
    { name: '文号', description: '发文字号，如 X市监〔2026〕3号，可不填；排在首行右侧，标题在其下', input: true, sample: 'X市监〔2026〕3号', maxLength: 40 },
  ],
  samples: (agency) => ({
    机关名称: agency.fullName,
    机关简称: agency.shortName,
    机关地址: agency.address,
    联系电话: agency.phone,
    // The office's year (China Standard Time), as every date core counts.
    文号: `${agency.shortName}〔${localDate(Date.now()).slice(0, 4)}〕3号`,
  }),
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
    附件: attachmentNames(inputs.附件).join('\n'),
    文号: inputs.文号 ?? '',
  }),
  layout: (b, filled, { agency, date, inputs }) =>
    officialDocument(b, {
      documentNumber: inputs.文号?.trim() || undefined,
      titleLines: filled.titleLines,
      addressee: inputs.主送机关?.trim() || undefined,
      lines: filled.lines,
      attachments: attachmentNames(inputs.附件).map((name) => ({ name })),
      agencyName: agency.fullName,
      date,
      sealed: true,
    }),
  checkInputs(inputs): Record<string, string> {
    const problems: Record<string, string> = {}
    const number = inputs.文号?.trim()
    const parsed = number ? parseDocumentNumber(number) : null
    if (parsed && !parsed.ok) problems.文号 = parsed.message
    const attachments = attachmentProblem(inputs.附件)
    if (attachments) problems.附件 = attachments
    return problems
  },
  recordIds: () => [],
  archiveFields: ({ inputs }) => ({ documentNo: inputs.文号?.trim() ?? '' }),
  fileNameParts: (title, { date, inputs }) => (inputs.文号?.trim() ? [inputs.文号.trim(), title] : [title, date]),
}
