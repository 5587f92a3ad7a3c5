import type { Role } from './roles'
import { DESTRUCTION_METHODS } from './destruction'
import { CAMPAIGN_KINDS } from './campaigns'
import { REVIEW_RESULTS, STATION_FORMATS, STATION_STATUSES } from './stations'
import { ITEM_CATEGORIES, OUTCOME_KINDS, PARTY_TYPES, PAUSE_KINDS, SEIZURE_KINDS, SEIZURE_SOURCES } from './seizures'

// What the audit trail can say, in the words a clerk or an auditor reads. Core stores codes and raw
// values; the history panel and the .xlsx export show these labels.

export const AUDIT_ACTIONS = {
  create: '新建',
  update: '修改',
  void: '作废',
  restore: '恢复版本',
  upload: '上传',
  generate: '生成',
  login: '登录',
  login_failed: '登录失败',
  logout: '退出登录',
  lock: '锁定账号',
  unlock: '解除锁定',
  password_change: '修改密码',
  password_reset: '重置密码',
  extend: '延长期限',
  pause: '检测鉴定期间',
  outcome: '登记处置',
  attach: '添加附件',
  backup: '备份',
  data_restore: '恢复数据',
  submit: '提交审批',
  approve: '批准',
  send_back: '退回',
  execute: '执行销毁',
  correct: '更正',
  destroy: '销毁',
  legacy: '记录',
  status: '变更状态',
  review: '年度考核',
  import: '导入',
  lock_figures: '锁定统计数字',
  report: '报送',
  link: '关联',
  unlink: '取消关联',
} as const
export type AuditAction = keyof typeof AUDIT_ACTIONS

/** How a field's raw value is shown. */
export type FieldFormat = 'text' | 'roles' | 'active' | 'bool' | 'documentKind' | 'qty' | 'kg' | 'yuan' | 'officers'

export interface FieldMeta {
  label: string
  format?: FieldFormat
  /** Codes stored, labels shown (enums). */
  labels?: Readonly<Record<string, string>>
}

export interface RecordTypeMeta {
  label: string
  /** Who may read this record type's history: any signed-in user, or only these roles. */
  historyAccess: 'session' | readonly Role[]
  fields: Record<string, FieldMeta | string>
  /** Fields of a record's numbered lines, stored as `items.<lineNo>.<field>`. */
  lineFields?: Record<string, FieldMeta | string>
}

const agencyFields = { fullName: '机关全称', shortName: '机关简称', address: '地址', phone: '电话', postcode: '邮政编码' }

export const RECORD_TYPES = {
  user: {
    label: '账号',
    historyAccess: ['admin'],
    fields: {
      login: '登录名',
      name: '姓名',
      roles: { label: '角色', format: 'roles' },
      active: { label: '状态', format: 'active' },
      mustChangePassword: { label: '须修改密码', format: 'bool' },
      lockedUntil: '锁定至',
    },
  },
  agency_profile: { label: '机关信息', historyAccess: 'session', fields: agencyFields },
  security_settings: {
    label: '安全设置',
    historyAccess: ['admin'],
    fields: { idleMinutes: '空闲自动退出（分钟）', lockoutAttempts: '连续密码错误次数上限', lockoutMinutes: '锁定时长（分钟）' },
  },
  document_template: {
    label: '文书模板',
    historyAccess: 'session',
    fields: { kind: { label: '文书种类', format: 'documentKind' }, versionNo: '版本', basedOn: '基于版本', restoredFrom: '恢复自版本', docxName: 'Word 模板文件', bytes: '文件大小（字节）' },
  },
  document: {
    label: '文书存档',
    historyAccess: 'session',
    fields: { kind: { label: '文书种类', format: 'documentKind' }, title: '标题', sha256: 'SHA-256', templateVersion: '模板版本' },
  },
  document_fonts: {
    label: '文书字体',
    historyAccess: 'session',
    fields: { title: '标题字体', body: '正文字体', heading1: '一级标题字体', heading2: '二级标题字体', pageNumber: '页码字体', latin: '数字和西文字体' },
  },
  seizure: {
    label: '查扣登记',
    historyAccess: 'session',
    fields: {
      registerNo: '登记号',
      campaign: '专项行动',
      kind: { label: '措施种类', labels: SEIZURE_KINDS },
      decisionNo: '决定书文号',
      decisionDate: '决定日期',
      place: '实施地点',
      source: { label: '案件来源', labels: SEIZURE_SOURCES },
      sourceNote: '来源说明',
      unit: '承办单位',
      officers: { label: '执法人员', format: 'officers' },
      partyType: { label: '当事人类型', labels: PARTY_TYPES },
      partyName: '当事人',
      partyIdNo: '证件号码',
      partyIdUnverified: { label: '信用代码校验位不符（已确认）', format: 'bool' },
      partyLegalRep: '法定代表人（负责人）',
      partyAddress: '当事人地址',
      partyPhone: '当事人电话',
      notes: '备注',
      extensionDays: '延长天数',
      extensionReason: '延长理由',
      extensionNoticeDate: '延长告知日期',
      pause: '检测鉴定期间',
      outcome: '处置',
      attachment: '附件',
      inventory: '物品清单',
    },
    lineFields: {
      name: '品名',
      brand: '品牌/涉嫌侵权商标',
      spec: '规格型号',
      category: { label: '类别', labels: ITEM_CATEGORIES },
      qtyMilli: { label: '数量', format: 'qty' },
      unit: '单位',
      weightG: { label: '重量（千克）', format: 'kg' },
      valueFen: { label: '货值（元）', format: 'yuan' },
      storageLocation: '存放位置',
      note: '备注',
      line: '物品行',
      lineNo: '行号（原 → 新）',
      destroyed: '销毁',
      attachment: '附件',
    },
  },
  backup_settings: {
    label: '备份设置',
    historyAccess: ['admin'],
    fields: { secondFolder: '第二备份位置', keepDaily: '每日备份保留份数', keepMonthly: '每月备份保留份数' },
  },
  backup: { label: '备份', historyAccess: ['admin'], fields: { fileName: '备份文件', sha256: 'SHA-256', restoredFrom: '恢复自', safetyCopy: '恢复前备份' } },
  destruction_batch: {
    label: '销毁批次',
    historyAccess: 'session',
    fields: {
      batchNo: '批次号',
      status: '状态',
      plannedDate: '计划销毁日期',
      place: '销毁地点',
      method: { label: '销毁方式', labels: DESTRUCTION_METHODS },
      contractor: '处置单位',
      officers: { label: '执行人员', format: 'officers' },
      supervisors: '监督人员',
      witnesses: '见证人',
      media: '到场媒体',
      environmentNote: '环保、消防、卫生措施',
      campaign: '活动名称',
      contact: '联系人及电话',
      notes: '备注',
      request: '申请事由',
      opinion: '审批意见',
      approvalDate: '审批日期',
      returnReason: '退回原因',
      actualDate: '实际销毁日期',
      executionNote: '执行情况说明',
      attachment: '附件',
      document: '文书',
    },
    lineFields: {
      line: '销毁物品',
      plannedMilli: { label: '计划销毁数量', format: 'qty' },
      destroyedMilli: { label: '实际销毁数量', format: 'qty' },
      destroyedWeightG: { label: '实际重量（千克）', format: 'kg' },
      shortReason: '数量不符原因',
    },
  },
  penalty_case: {
    label: '处罚案件',
    historyAccess: 'session',
    fields: {
      caseNo: '案件编号',
      status: '状态',
      filingDate: '立案日期',
      filingNo: '立案审批文号',
      procedure: '程序',
      partyName: '当事人',
      partyIdNo: '证件号码',
      partyAddress: '当事人地址',
      partyPhone: '当事人电话',
      field: '案件领域',
      facts: '违法事实',
      evidence: '证据摘要',
      provisionsViolated: '违反的规定',
      legalBasis: '处罚依据',
      penaltyKinds: '处罚种类',
      fineFen: { label: '罚款（元）', format: 'yuan' },
      gainsFen: { label: '没收违法所得（元）', format: 'yuan' },
      propertyDescription: '没收非法财物',
      propertyValueFen: { label: '没收非法财物价值（元）', format: 'yuan' },
      policeReferral: '移送公安',
      unit: '承办单位',
      officers: { label: '执法人员', format: 'officers' },
      legalReview: '法制审核',
      collectiveDiscussionDate: '集体讨论日期',
      restrictionEnd: '限制期限届满日',
      seizures: '关联查扣记录',
      notes: '备注',
      decisionNo: '处罚决定书文号',
      decisionDate: '决定日期',
      endDate: '日期',
      serviceDate: '送达日期',
      payment: '缴款',
      extension: '延长办案期限',
      pause: '不计入期限的期间',
      publication: '公示',
      revokedOn: '决定变更或撤销日期',
      withdrawnOn: '撤下公示日期',
      earlyStopOn: '提前停止公示日期',
    },
  },
  case_settings: {
    label: '处罚案件设置',
    historyAccess: 'session',
    fields: { lowerFinePersonFen: { label: '自然人较低数额罚款标准（元）', format: 'yuan' }, lowerFineEntityFen: { label: '法人和其他组织较低数额罚款标准（元）', format: 'yuan' } },
  },
  typical_collection: {
    label: '典型案例集',
    historyAccess: 'session',
    fields: { year: '年度', name: '名称', intro: '导语', status: '状态', publishedOn: '发布日期', channel: '发布渠道', order: '案例顺序', withdrawnOn: '撤回日期', entries: '案例' },
  },
  typical_settings: { label: '典型案例设置', historyAccess: 'session', fields: { maskOwnName: { label: '自然人当事人姓名显示为“某某”', format: 'bool' } } },
  typical_case: {
    label: '典型案例',
    historyAccess: 'session',
    fields: { title: '标题', party: '当事人', summary: '案情简介', result: '处罚结果', significance: '典型意义', legalBasis: '法律依据', tags: '标签', status: '状态', versionNo: '版本', confirmed: '确认保留的个人信息' },
  },
  station: {
    label: '消费维权服务站',
    historyAccess: 'session',
    fields: {
      stationNo: '编号',
      name: '服务站名称',
      hostName: '依托经营者',
      hostCreditCode: '统一社会信用代码',
      hostCodeUnverified: { label: '信用代码校验位不符（已确认）', format: 'bool' },
      format: { label: '业态', labels: STATION_FORMATS },
      address: '地址',
      unit: '监管所',
      head: '站长',
      phone: '联系电话',
      staffFull: '专职人员数',
      staffPart: '兼职人员数',
      conditions: '具备条件',
      odr: { label: 'ODR企业', format: 'bool' },
      odrSince: '成为ODR企业日期',
      noReasonReturns: { label: '线下无理由退货承诺', format: 'bool' },
      returnsSince: '无理由退货承诺日期',
      setUpOn: '设立日期',
      plaqueOn: '授牌日期',
      notes: '备注',
      status: { label: '状态', labels: STATION_STATUSES },
      rectifyDue: '整改期限',
      year: '考核年度',
      received: '受理投诉数',
      handled: '办结数',
      mediated: '调解成功数',
      recoveredFen: { label: '挽回经济损失（元）', format: 'yuan' },
      checkedOn: '现场检查日期',
      result: { label: '考核结果', labels: REVIEW_RESULTS },
      reviewer: '考核人',
    },
  },
  campaign: {
    label: '专项行动',
    historyAccess: 'session',
    fields: {
      campaignNo: '编号',
      name: '活动名称',
      kind: { label: '活动类型', labels: CAMPAIGN_KINDS },
      theme: '年主题',
      startDate: '开始日期',
      endDate: '结束日期',
      leadUnit: '牵头单位',
      units: '参与单位',
      reportDeadline: '报送截止日期',
      notes: '备注',
      status: '状态',
      items: '统计表项目',
      link: '关联记录',
      work: '具体工作安排',
      leadOffice: '责任科室',
      partners: '配合部门',
      owner: '负责人',
      leader: '负责领导',
      dueDate: '完成时限',
      completionNote: '完成情况',
      task: '任务',
      attachment: '照片',
      unit: '填报单位',
      figures: '填报数字',
      returnComment: '退回意见',
    },
  },
  station_settings: { label: '服务站设置', historyAccess: 'session', fields: { units: '监管所', importMapping: '导入列对应' } },
  holiday_year: { label: '节假日安排', historyAccess: 'session', fields: { off: '放假日期', work: '调休上班日期', source: '通知文号或来源' } },
  storage_location: { label: '存放位置', historyAccess: 'session', fields: { name: '名称', path: '位置' } },
} as const satisfies Record<string, RecordTypeMeta>

/** Labels of the outcome and pause kinds, for entries that describe one. */
export const OUTCOME_AND_PAUSE_LABELS: Readonly<Record<string, string>> = { ...OUTCOME_KINDS, ...PAUSE_KINDS }

export type RecordType = keyof typeof RECORD_TYPES
export const RECORD_TYPE_NAMES = Object.keys(RECORD_TYPES) as RecordType[]
export const isRecordType = (s: string): s is RecordType => Object.hasOwn(RECORD_TYPES, s)

export function fieldMeta(type: RecordType, field: string): FieldMeta {
  const meta: RecordTypeMeta = RECORD_TYPES[type]
  const line = /^items\.(\d+)\.(\w+)$/.exec(field)
  if (line && meta.lineFields) {
    const inner = meta.lineFields[line[2] ?? '']
    const base = inner === undefined ? { label: line[2] ?? '' } : typeof inner === 'string' ? { label: inner } : inner
    return { ...base, label: `第${line[1]}行 ${base.label}` }
  }
  const m = meta.fields[field]
  if (m === undefined) return { label: field }
  return typeof m === 'string' ? { label: m } : m
}
