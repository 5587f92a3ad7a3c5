// 专项行动: campaigns such as 3·15 and 铁拳, their tasks, and the form of figures every unit reports.
// The built-in 3·15 form is the real 2022 活动情况统计表 item by item (DOMAIN.md part 1 §7).

export const CAMPAIGN_KINDS = {
  consumer_day: '3·15',
  iron_fist: '铁拳',
  inspection: '专项检查',
  other: '其他',
} as const
export type CampaignKind = keyof typeof CAMPAIGN_KINDS

export const TASK_STATUSES = { not_started: '未开始', in_progress: '进行中', done: '已完成' } as const
export type TaskStatus = keyof typeof TASK_STATUSES

/** A unit's report: none yet (未填报) is a state of the overview, not a row. */
export const REPORT_STATUSES = { none: '未填报', draft: '草稿', submitted: '已报送', returned: '已退回' } as const
export type ReportStatus = keyof typeof REPORT_STATUSES

/**
 * How an item's figure is kept: counted and typed by the unit, a text (亮点活动, 其他), or — for the items
 * Taizhang already holds — money (fen) and weight (grams) and counts taken from the records.
 */
export const ITEM_KINDS = { count: '数量', text: '文字', money: '金额', weight: '重量' } as const
export type ItemKind = keyof typeof ITEM_KINDS

/**
 * The records an item may be filled from, per unit (the record's 承办单位 is the report's unit):
 * seizures linked to the campaign (source 专项行动), goods destroyed in executed batches linked to it, and
 * typical cases published within the campaign's period. Voided records never count.
 */
export const FIGURE_SOURCES = {
  seizures: '关联的查扣（扣押）件数',
  seizure_value: '关联的查扣物品货值',
  destroyed_weight: '关联的销毁批次中销毁的物品重量',
  destroyed_value: '关联的销毁批次中销毁的物品货值',
  typical_published: '活动期间发布的典型案例件数',
} as const
export type FigureSource = keyof typeof FIGURE_SOURCES

export interface FormItemDef {
  /** The item's name on the form, and its placeholder in the 活动总结 (unique within a form). */
  key: string
  name: string
  unitWord: string
  /** The heading the item stands under on the form ('' for none), e.g. 送法下基层, 媒体宣传·电视. */
  group: string
  note: string
  kind: ItemKind
  source: FigureSource | null
}

const count = (name: string, unitWord: string, group = '', note = '', key = name): FormItemDef => ({ key, name, unitWord, group, note, kind: 'count', source: null })
const text = (name: string): FormItemDef => ({ key: name, name, unitWord: '', group: '', note: '', kind: 'text', source: null })

/** The 2022 3·15 活动情况统计表, item by item and grouped as there (DOMAIN.md part 1 §7). */
export const CONSUMER_DAY_FORM: readonly FormItemDef[] = [
  count('出动工作人员', '人次'),
  count('党政领导参加', '人次'),
  count('经营者参加咨询活动', '家'),
  count('进企业', '次', '送法下基层'),
  count('进社区', '次', '送法下基层'),
  count('进农村', '次', '送法下基层'),
  count('进乡镇', '次', '送法下基层'),
  count('进景区', '次', '送法下基层'),
  count('群众参加咨询活动', '人'),
  count('专家、律师提供咨询', '人次'),
  count('公布典型投诉案例', '件'),
  count('悬挂宣传标语条幅', '条'),
  count('电子屏播放宣传语', '条'),
  count('宣传展板', '块'),
  count('印制宣传材料', '份'),
  count('发放宣传材料', '份'),
  count('投诉', '件', '受理消费者', '', '受理投诉'),
  count('举报', '件', '受理消费者', '', '受理举报'),
  count('咨询', '件', '受理消费者', '', '受理咨询'),
  count('央视“3·15”晚会投诉举报', '件', '', '视播出情况填写', '央视晚会投诉举报'),
  count('省级12315晚会投诉举报', '件', '', '', '省级晚会投诉举报'),
  count('直接处理', '件'),
  count('其中转交处理', '件', '', '', '转交处理'),
  count('专题节目', '期', '媒体宣传·电视', '', '电视专题节目'),
  count('播放时间', '时', '媒体宣传·电视', '', '电视播放时间'),
  count('专题节目', '期', '媒体宣传·广播', '', '广播专题节目'),
  count('播放时间', '时', '媒体宣传·广播', '', '广播播放时间'),
  count('开设专栏', '个', '媒体宣传·报刊', '', '报刊开设专栏'),
  count('发表文章', '篇', '媒体宣传·报刊', '', '报刊发表文章'),
  count('登载文章', '篇', '媒体宣传·网络', '', '网络登载文章'),
  count('发布微信、微博、短视频', '条', '媒体宣传·网络', '', '发布微信微博短视频'),
  count('发布消费警示', '条', '媒体宣传·网络', '', '发布消费警示'),
  count('自媒体发表文章', '篇'),
  count('宣传片', '部'),
  count('公益广告', '条'),
  text('亮点活动'),
  text('其他'),
]

/** The notes printed at the foot of the 3·15 form. */
export const CONSUMER_DAY_NOTES: readonly string[] = [
  '以上各项内容不得重复填写。',
  '电视、广播节目以首播为准，不计重播数量。',
  '固定开办的专题节目每播出一个内容的节目即为一期，一次性开办的节目以一期计。',
]

/** A shorter form for 铁拳 and other enforcement actions (the office's own; not a national form). */
export const IRON_FIST_FORM: readonly FormItemDef[] = [
  count('出动执法人员', '人次'),
  count('检查经营主体', '户次'),
  count('检查市场、商场', '个次', '', '', '检查市场商场'),
  count('立案查处', '件'),
  count('移送公安机关', '件'),
  count('受理投诉举报', '件'),
  count('发布消费警示', '条'),
  text('亮点活动'),
  text('其他'),
]

/** Filled from the records for every kind of campaign: appended under their own heading (台账记录), so nobody types them. */
export const RECORD_ITEMS: readonly FormItemDef[] = [
  { key: '查扣件数', name: '查封、扣押', unitWord: '件', group: '台账记录', note: '关联本活动的查扣记录', kind: 'count', source: 'seizures' },
  { key: '查扣货值', name: '查扣物品货值', unitWord: '元', group: '台账记录', note: '', kind: 'money', source: 'seizure_value' },
  { key: '销毁重量', name: '销毁物品重量', unitWord: '千克', group: '台账记录', note: '关联本活动且已执行的销毁批次', kind: 'weight', source: 'destroyed_weight' },
  { key: '销毁货值', name: '销毁物品货值', unitWord: '元', group: '台账记录', note: '', kind: 'money', source: 'destroyed_value' },
  { key: '发布典型案例', name: '发布典型案例', unitWord: '件', group: '台账记录', note: '活动期间发布的案例集中的案例', kind: 'count', source: 'typical_published' },
]

/** What a new campaign of a kind starts from. */
export function builtInForm(kind: CampaignKind): FormItemDef[] {
  return [...(kind === 'consumer_day' ? CONSUMER_DAY_FORM : IRON_FIST_FORM), ...RECORD_ITEMS]
}

export const formNotes = (kind: CampaignKind): readonly string[] => (kind === 'consumer_day' ? CONSUMER_DAY_NOTES : [])

/** The units offered when a campaign is set up; any other unit may be typed. */
export const CAMPAIGN_UNIT_SUGGESTIONS = ['消费者权益保护科', '执法稽查大队', '城关市场监督管理所', '城东市场监督管理所', '城西市场监督管理所'] as const
