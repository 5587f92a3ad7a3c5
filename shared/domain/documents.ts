// Document kinds Taizhang writes. Areas add theirs (清单, 记录, 名录…) as they are built.
/** The four documents of a destruction batch (销毁管理). */
export const DESTRUCTION_DOCUMENT_KINDS = ['destruction_notice', 'destruction_list', 'destruction_record', 'destruction_approval'] as const
export type DestructionDocumentKind = (typeof DESTRUCTION_DOCUMENT_KINDS)[number]

/** The two documents of a decided penalty case (处罚案件): the 公示 摘要 (masked) and the 决定书 (served on the party). */
export const CASE_DOCUMENT_KINDS = ['case_publicity', 'case_decision'] as const
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number]

/** The two documents of a 典型案例 collection: the collection as published, and the 报送表 for the city. */
export const TYPICAL_DOCUMENT_KINDS = ['typical_collection', 'typical_report'] as const
export type TypicalDocumentKind = (typeof TYPICAL_DOCUMENT_KINDS)[number]

/** 服务站: the directory (名录) grouped by 所, the 授牌公告 of chosen stations, the year's 考核结果通报. */
export const STATION_DOCUMENT_KINDS = ['station_directory', 'station_plaque', 'station_review_report'] as const
export type StationDocumentKind = (typeof STATION_DOCUMENT_KINDS)[number]

/** 统计: the 工作总结 of a period and the one-page 消费维权工作情况 (3·15), written from the period's figures. */
export const SUMMARY_DOCUMENT_KINDS = ['work_summary', 'consumer_summary'] as const
export type SummaryDocumentKind = (typeof SUMMARY_DOCUMENT_KINDS)[number]

/** 专项行动: the 活动方案 with its 任务分解表, the 活动情况统计表 (a unit's or the bureau's), the 活动总结. */
export const CAMPAIGN_DOCUMENT_KINDS = ['campaign_plan', 'campaign_stat_form', 'campaign_summary'] as const
export type CampaignDocumentKind = (typeof CAMPAIGN_DOCUMENT_KINDS)[number]

export const DOCUMENT_KINDS = ['notice', 'seizure_inventory', ...DESTRUCTION_DOCUMENT_KINDS, ...CASE_DOCUMENT_KINDS, ...TYPICAL_DOCUMENT_KINDS, ...STATION_DOCUMENT_KINDS, ...SUMMARY_DOCUMENT_KINDS, ...CAMPAIGN_DOCUMENT_KINDS] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  notice: '公告（通用）',
  seizure_inventory: '查封（扣押）物品清单',
  destruction_notice: '集中销毁公告',
  destruction_list: '销毁物品清单',
  destruction_record: '销毁记录',
  destruction_approval: '罚没物品销毁审批表',
  case_publicity: '行政处罚信息公示',
  case_decision: '行政处罚决定书',
  typical_collection: '典型案例集',
  typical_report: '典型案例报送表',
  station_directory: '消费维权服务站名录',
  station_plaque: '消费维权服务站授牌公告',
  station_review_report: '消费维权服务站年度考核结果通报',
  work_summary: '工作总结',
  consumer_summary: '消费维权工作情况',
  campaign_plan: '活动方案',
  campaign_stat_form: '活动情况统计表',
  campaign_summary: '活动总结',
}

/** The area each kind belongs to, for grouping kinds in the 文书 screens. */
export const DOCUMENT_KIND_AREAS: Record<DocumentKind, string> = {
  notice: '通用',
  seizure_inventory: '查扣登记',
  destruction_notice: '销毁管理',
  destruction_list: '销毁管理',
  destruction_record: '销毁管理',
  destruction_approval: '销毁管理',
  case_publicity: '处罚案件',
  case_decision: '处罚案件',
  typical_collection: '典型案例',
  typical_report: '典型案例',
  station_directory: '服务站',
  station_plaque: '服务站',
  station_review_report: '服务站',
  work_summary: '统计',
  consumer_summary: '统计',
  campaign_plan: '专项行动',
  campaign_stat_form: '专项行动',
  campaign_summary: '专项行动',
}

/** Records a document can be made from, by the area a clerk issues it in. */
export const DOCUMENT_RECORD_SOURCES = {
  seizure: '查扣登记',
  destruction_batch: '销毁管理',
  penalty_case: '处罚案件',
  typical_collection: '典型案例',
  /** The stations a 名录 lists (not one record: the register as filtered). */
  station_directory: '服务站',
  station_plaque: '服务站',
  station_review_report: '服务站',
  /** The figures of a period (统计). */
  stat_period: '统计',
  /** A campaign with its tasks, reports and linked records (专项行动). */
  campaign: '专项行动',
} as const
export type DocumentRecordType = keyof typeof DOCUMENT_RECORD_SOURCES
