// 查扣登记: the kinds, lists and statuses of the seizure register, with the labels a clerk reads.

export const SEIZURE_KINDS = {
  detention: '扣押',
  sealing: '查封',
  preservation: '先行登记保存',
} as const
export type SeizureKind = keyof typeof SEIZURE_KINDS

export const PARTY_TYPES = {
  enterprise: '企业',
  individual_business: '个体工商户',
  natural_person: '自然人',
  other_org: '其他组织',
} as const
export type PartyType = keyof typeof PARTY_TYPES

export const SEIZURE_SOURCES = {
  inspection: '日常检查',
  complaint: '投诉举报',
  campaign: '专项行动',
  assigned: '上级交办',
  referral: '移送',
  other: '其他',
} as const
export type SeizureSource = keyof typeof SEIZURE_SOURCES

/** DOMAIN.md part 1 §1. */
export const ITEM_CATEGORIES = {
  food: '食品',
  health_food: '保健食品',
  drug: '药品',
  medical_device: '医疗器械',
  cosmetics: '化妆品',
  daily_goods: '日用品',
  apparel: '服装鞋帽',
  bags: '箱包',
  tobacco_alcohol: '烟酒',
  agricultural: '农资',
  electronics: '电子电器',
  children: '儿童用品',
  other: '其他',
} as const
export type ItemCategory = keyof typeof ITEM_CATEGORIES

/** Offered in the unit field; any other unit may be typed. */
export const COMMON_UNITS = ['件', '箱', '瓶', '盒', '双', '个', '袋', '包', '条', '台', '套', '支', '张', '桶', '千克', '吨'] as const

/** What happens to (part of) a line's quantity. Destruction goes through destruction batches. */
export const OUTCOME_KINDS = {
  release: '解除并退还',
  confiscation: '没收',
  transfer: '移送司法机关',
} as const
export type OutcomeKind = keyof typeof OUTCOME_KINDS

/** Periods excluded from the term (行政强制法 Art. 25 ¶3). */
export const PAUSE_KINDS = {
  testing: '检测',
  inspection: '检验',
  quarantine: '检疫',
  appraisal: '技术鉴定',
} as const
export type PauseKind = keyof typeof PAUSE_KINDS

/** Derived from the lines, outcomes and term; never stored. */
export const SEIZURE_STATUSES = {
  holding: '在扣',
  partial: '部分处置',
  disposed: '已处置',
  overdue: '已超期',
} as const
export type SeizureStatus = keyof typeof SEIZURE_STATUSES

/**
 * A status as it reads for a record of this kind: goods under 先行登记保存 are 登记保存中, not 在扣 (they are
 * registered and kept, not seized by a 查封/扣押 decision).
 */
export function seizureStatusLabel(status: SeizureStatus, kind: SeizureKind): string {
  return status === 'holding' && kind === 'preservation' ? '登记保存中' : SEIZURE_STATUSES[status]
}

/** Storage location levels: warehouse → shelf → bin. */
export const STORAGE_LEVELS = ['仓库', '货架', '货位'] as const

/**
 * Longest text of an item line's fields: what the 物品清单's item table holds with every field of a line at its
 * longest (about nine lines of the table) and still carries such a line over with the closing on one page;
 * longer ones ran a three-line list to eleven pages, rows split.
 */
export const ITEM_TEXT_MAX = { name: 50, brand: 30, spec: 30, note: 50 } as const

export const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]
