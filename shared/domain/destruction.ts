// 销毁管理: the batch workflow, methods and the people at a destruction, with the labels a clerk reads.

/** 草稿 → 待审批 → 已批准 → 已销毁 (locked). A voided 草稿 keeps its status and carries its void. */
export const BATCH_STATUSES = {
  draft: '草稿',
  submitted: '待审批',
  approved: '已批准',
  executed: '已销毁',
} as const
export type BatchStatus = keyof typeof BATCH_STATUSES

/** Statuses whose lines still count against the stock as planned (an executed batch counts what it destroyed). */
export const OPEN_BATCH_STATUSES: readonly BatchStatus[] = ['draft', 'submitted', 'approved']

export const DESTRUCTION_METHODS = {
  incineration: '焚烧',
  crushing: '破碎',
  landfill: '填埋',
  chemical: '化学处理',
  contractor: '交有资质单位处理',
  other_harmless: '其他无害化',
} as const
export type DestructionMethod = keyof typeof DESTRUCTION_METHODS

/** Who a witness is there for (见证人). */
export const WITNESS_CAPACITIES = {
  npc_deputy: '人大代表',
  cppcc_member: '政协委员',
  consumer_rep: '消费者代表',
  media: '媒体',
  brand_owner: '权利人代表',
  other: '其他',
} as const
export type WitnessCapacity = keyof typeof WITNESS_CAPACITIES

/** Offices a supervisor (监督人员) comes from; another may be typed. */
export const SUPERVISOR_OFFICES = ['纪检监察', '法制', '财务', '公安', '生态环境'] as const

/** 2027-XH-003: the year, 销毁 (XH) and a per-year sequence that is never reused. */
export const formatBatchNo = (year: number, seq: number): string => `${year}-XH-${String(seq).padStart(3, '0')}`
