// 消费维权服务站: formats, states, the conditions checklist and the yearly review's results (DOMAIN.md part 1 §4,
// part 2 §5).

export const STATION_FORMATS = {
  mall: '商场',
  supermarket: '超市',
  market: '农贸市场',
  scenic: '景区',
  catering: '餐饮',
  auto: '汽车',
  appliance: '家电',
  telecom: '通信',
  finance: '金融',
  association: '行业协会',
  community: '社区',
  other: '其他',
} as const
export type StationFormat = keyof typeof STATION_FORMATS

/** 筹建 → 在册 → 整改 (reason, due date) → 在册, or → 撤销 (date, reason). */
export const STATION_STATUSES = { preparing: '筹建', active: '在册', rectifying: '整改', revoked: '撤销' } as const
export type StationStatus = keyof typeof STATION_STATUSES

/** Which change may follow which state. */
export const STATION_TRANSITIONS: Record<StationStatus, readonly StationStatus[]> = {
  preparing: ['active', 'revoked'],
  active: ['rectifying', 'revoked'],
  rectifying: ['active', 'revoked'],
  revoked: [],
}

/** The conditions a station should meet (DOMAIN.md part 2 §5: 八个基本条件 and the ODR five). */
export const STATION_CONDITIONS = {
  fixed_place: '固定场所',
  staff: '工作人员',
  computer: '联网电脑',
  phone: '专用电话',
  rules: '投诉处理制度',
  signage: '标识标牌',
  register: '投诉登记簿',
} as const
export type StationCondition = keyof typeof STATION_CONDITIONS

export const REVIEW_RESULTS = { excellent: '优秀', pass: '合格', fail: '不合格' } as const
export type ReviewResult = keyof typeof REVIEW_RESULTS

/**
 * The columns of a station sheet, each with the headers offices write for it (the first is what Taizhang's own
 * export writes, so an exported sheet reads back as it is). Matched ignoring blanks, brackets and 是否.
 */
export const STATION_SHEET_FIELDS = {
  stationNo: ['编号', '服务站编号', '站点编号'],
  name: ['服务站名称', '名称', '站点名称', '服务站', '消费维权服务站名称'],
  hostName: ['依托经营者', '依托单位', '经营者名称', '依托经营者名称', '依托企业', '所在单位'],
  hostCreditCode: ['统一社会信用代码', '信用代码', '社会信用代码', '营业执照号'],
  format: ['业态', '类型', '行业', '行业类别', '所属业态'],
  address: ['地址', '详细地址', '服务站地址', '经营地址'],
  unit: ['监管所', '所', '所属所', '指导单位', '市场监督管理所', '所属市场监管所', '辖区所', '监管单位'],
  head: ['站长', '负责人', '联系人'],
  phone: ['联系电话', '电话', '手机', '联系方式'],
  staffFull: ['专职人员数', '专职人员', '专职'],
  staffPart: ['兼职人员数', '兼职人员', '兼职'],
  odr: ['ODR企业', 'ODR', '在线纠纷解决企业'],
  odrSince: ['ODR企业时间', 'ODR时间', '成为ODR企业时间'],
  noReasonReturns: ['线下无理由退货承诺', '无理由退货', '线下无理由退货承诺单位', '无理由退货承诺'],
  returnsSince: ['无理由退货承诺时间', '承诺时间'],
  setUpOn: ['设立日期', '成立日期', '建站日期', '设立时间'],
  plaqueOn: ['授牌日期', '挂牌日期', '授牌时间', '挂牌时间'],
  status: ['状态', '当前状态'],
  notes: ['备注', '说明'],
} as const
export type StationSheetField = keyof typeof STATION_SHEET_FIELDS
export const STATION_SHEET_FIELD_KEYS = Object.keys(STATION_SHEET_FIELDS) as StationSheetField[]
export const stationFieldLabel = (f: StationSheetField): string => STATION_SHEET_FIELDS[f][0]
