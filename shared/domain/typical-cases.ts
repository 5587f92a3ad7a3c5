// 典型案例: the year's collections of typical penalty cases, each entry's workflow, and the sections of its text
// (DOMAIN.md part 1 §3, part 2 §2–3).

export const TYPICAL_STATUSES = { draft: '草稿', review: '待审核', final: '已定稿' } as const
export type TypicalStatus = keyof typeof TYPICAL_STATUSES

export const COLLECTION_STATUSES = { open: '编写中', published: '已发布', withdrawn: '已撤回' } as const
export type CollectionStatus = keyof typeof COLLECTION_STATUSES

/** Where a collection is published. */
export const TYPICAL_CHANNELS = {
  press_conference: '新闻发布会',
  website: '门户网站',
  media: '报刊、广播电视',
  wechat: '政务新媒体',
  city_bureau: '报送上级机关',
  other: '其他',
} as const
export type TypicalChannel = keyof typeof TYPICAL_CHANNELS

/** The sections of a typical case's text, in the order the collection prints them. */
export const TYPICAL_SECTIONS = {
  title: '标题',
  party: '当事人',
  summary: '案情简介',
  result: '处罚结果',
  significance: '典型意义',
  legalBasis: '法律依据',
} as const
export type TypicalSection = keyof typeof TYPICAL_SECTIONS
export const TYPICAL_SECTION_KEYS = Object.keys(TYPICAL_SECTIONS) as TypicalSection[]

export const REVIEW_ACTIONS = { submit: '提交审核', return: '退回修改', finalise: '定稿', reopen: '重新编辑' } as const
export type ReviewAction = keyof typeof REVIEW_ACTIONS
