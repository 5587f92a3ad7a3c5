import type { PenaltyKind } from '../rules/case-deadlines'

// 处罚案件: fields of law, procedures, penalty kinds, statuses, pauses and publication channels (DOMAIN.md part 1
// §3, part 2 §2–3), with the labels legal staff read.

export const CASE_FIELDS = {
  food_safety: '食品安全',
  drug: '药品',
  medical_device: '医疗器械',
  cosmetics: '化妆品',
  special_equipment: '特种设备',
  product_quality: '产品质量',
  ip_trademark: '知识产权/商标',
  price: '价格',
  advertising: '广告',
  unfair_competition: '不正当竞争',
  metrology: '计量',
  standardization: '标准化',
  online_trade: '网络交易',
  contract: '合同',
  other: '其他',
} as const
export type CaseField = keyof typeof CASE_FIELDS

export const CASE_PROCEDURES = { ordinary: '普通程序', summary: '简易程序' } as const
export type CaseProcedure = keyof typeof CASE_PROCEDURES

/** 行政处罚法 Art. 9, in the statute's order; several at once. */
export const PENALTY_KINDS: Record<PenaltyKind, string> = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  confiscate_gains: '没收违法所得',
  confiscate_property: '没收非法财物',
  suspend_licence: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  revoke_licence: '吊销许可证件',
  restrict_business: '限制开展生产经营活动',
  stop_business: '责令停产停业',
  close: '责令关闭',
  restrict_practice: '限制从业',
  other: '其他行政处罚',
}

/** 已立案 → 已决定 → 已执行 → 已结案; from 已立案 also 不予处罚 or 撤销立案 (with a reason). */
export const CASE_STATUSES = {
  filed: '已立案',
  decided: '已决定',
  executed: '已执行',
  closed: '已结案',
  not_punished: '不予处罚',
  cancelled: '撤销立案',
} as const
export type CaseStatus = keyof typeof CASE_STATUSES

/** The status changes allowed, from → to. */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  filed: ['decided', 'not_punished', 'cancelled'],
  decided: ['executed'],
  executed: ['closed'],
  closed: [],
  not_punished: [],
  cancelled: [],
}

/** Periods not counted in the 90 days (SAMR procedure). */
export const CASE_PAUSE_KINDS = {
  suspension: '中止',
  hearing: '听证',
  announcement: '公告',
  testing: '检测、检验、检疫、鉴定',
} as const
export type CasePauseKind = keyof typeof CASE_PAUSE_KINDS

export const PUBLICATION_CHANNELS = {
  gsxt: '国家企业信用信息公示系统',
  portal: '门户网站',
  other: '其他',
} as const
export type PublicationChannel = keyof typeof PUBLICATION_CHANNELS

/** 行政处罚法 Art. 51: 简易程序 only for fines up to 200 元 (a person) or 3,000 元 (an organisation), or a warning. */
export const SUMMARY_FINE_LIMIT_FEN = { person: 20_000, entity: 300_000 } as const

/** The four conditions of SAMR Order 45 Art. 14, all required for an early stop. */
export const EARLY_STOP_CONDITIONS = {
  fulfilled: '已自觉履行行政处罚决定中规定的义务',
  remedied: '已主动消除危害后果和不良影响',
  noRepeat: '未因同一类违法行为再次受到市场监督管理部门行政处罚',
  notListed: '未在经营异常名录和严重违法失信名单中',
} as const
export type EarlyStopCondition = keyof typeof EARLY_STOP_CONDITIONS

/** 2026-AJ-0001: the year of 立案, 案件 (AJ) and a per-year sequence that is never reused. */
export const formatCaseNo = (year: number, seq: number): string => `${year}-AJ-${String(seq).padStart(4, '0')}`

/** The list's 公示 column: where a decision stands in its publication. */
export const PUBLICATION_STATES = {
  due: '待公示',
  published: '已公示',
  expired: '公示期满',
  withdrawn: '已撤下',
  not_required: '无需公示',
} as const
export type PublicationState = keyof typeof PUBLICATION_STATES
