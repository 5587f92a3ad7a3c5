import type { AgencyProfile } from '../../../../shared/api/settings'
import { DOCUMENT_KIND_LABELS, type StationDocumentKind } from '../../../../shared/domain/documents'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import { AppError } from '../../errors'
import { officialDocument } from '../official'
import { recordSamples } from './record-samples'
import type { DocumentKindDef, KindContext, KindRecord } from './types'

// The two 服务站 documents in the official format (GB/T 9704, wording editable in 文书 → 模板): the 授牌公告 of
// the stations chosen, each with its host, address and plaque date; and the year's 考核结果通报 — the counts by
// result, the 优秀 list, the 不合格 list with each one's 整改 requirement and due date.

export interface NoticeStation {
  id: string
  name: string
  hostName: string
  address: string
  unit: string
  plaqueOn: string | null
}

export interface ReviewedStation extends NoticeStation {
  result: 'excellent' | 'pass' | 'fail'
  /** The station's 整改 as recorded (reason, due date), for a 不合格 one. */
  rectify: { reason: string; due: string } | null
}

export interface PlaqueNotice {
  stations: NoticeStation[]
}

export interface ReviewReport {
  year: number
  stations: ReviewedStation[]
}

const plaqueOf = (ctx: KindContext): PlaqueNotice => {
  if (ctx.record?.type !== 'station_plaque') throw new AppError('INTERNAL', '授牌公告缺少服务站')
  return ctx.record.plaque
}
const reportOf = (ctx: KindContext): ReviewReport => {
  if (ctx.record?.type !== 'station_review_report') throw new AppError('INTERNAL', '考核结果通报缺少考核结果')
  return ctx.record.report
}

const hostAndPlace = (s: NoticeStation) => [s.hostName && `依托${s.hostName}`, s.address].filter(Boolean).join('，')
/** "1. 城关百货消费维权服务站（依托……，地址）" lines, or 无 when the list is empty. */
const listLines = (xs: readonly NoticeStation[], tail: (s: NoticeStation) => string = () => '') =>
  xs.length === 0 ? '无。' : xs.map((s, i) => `${i + 1}. ${s.name}${hostAndPlace(s) ? `（${hostAndPlace(s)}）` : ''}${tail(s)}${i === xs.length - 1 ? '。' : '；'}`).join('\n')

function stationKind(kind: StationDocumentKind, fields: readonly (readonly [string, string])[], def: Pick<DocumentKindDef, 'defaultTemplate' | 'values'>, sample: (agency: AgencyProfile) => KindRecord, ids: (ctx: KindContext) => string[], addressee?: string): DocumentKindDef {
  return {
    kind,
    label: DOCUMENT_KIND_LABELS[kind],
    ...recordSamples(fields, def.values, sample, '2026-12-03'),
    fromRecord: { type: kind === 'station_plaque' ? 'station_plaque' : 'station_review_report', sample },
    layout: (b, filled, ctx) => officialDocument(b, { titleLines: filled.titleLines, lines: filled.lines, addressee, agencyName: ctx.agency.fullName, date: ctx.date, sealed: true }),
    recordIds: ids,
    fileNameParts: (title) => [title],
    ...def,
  }
}

const SAMPLE: NoticeStation[] = [
  { id: 's1', name: '城关百货消费维权服务站', hostName: 'XX县城关百货有限公司', address: 'XX县城关镇人民路88号', unit: '城关市场监督管理所', plaqueOn: '2026-03-15' },
  { id: 's2', name: '南山农贸市场消费维权服务站', hostName: 'XX县南山市场管理有限公司', address: 'XX县南山镇集贸路1号', unit: '南山市场监督管理所', plaqueOn: '2026-03-15' },
]

const PLAQUE_FIELDS = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['服务站数', '公告的服务站个数，如 12'],
  ['首个服务站', '所选的第一个服务站的名称（标题“授予某某等N家”用）'],
  ['服务站列表', '所选服务站逐个一行：序号、名称（依托经营者，地址），授牌日期'],
  ['成文日期', '成文日期，如 2026年3月15日'],
] as const

export const stationPlaqueKind = stationKind(
  'station_plaque',
  PLAQUE_FIELDS,
  {
    defaultTemplate: {
      title: '{{机关名称}}关于授予{{首个服务站}}等{{服务站数}}家单位“消费维权服务站”称号的公告',
      body: '为进一步健全消费维权网络，推动消费纠纷就近就地化解，经审核，现授予以下{{服务站数}}家单位“消费维权服务站”称号并授牌：\n{{服务站列表}}\n欢迎广大消费者监督。\n特此公告。',
    },
    values: (ctx) => {
      const { stations } = plaqueOf(ctx)
      return {
        机关名称: ctx.agency.fullName,
        服务站数: String(stations.length),
        首个服务站: stations[0]?.name ?? '',
        服务站列表: listLines(stations, (s) => (s.plaqueOn ? `，授牌日期${formatChineseDate(s.plaqueOn)}` : '')),
        成文日期: formatChineseDate(ctx.date),
      }
    },
  },
  () => ({ type: 'station_plaque', plaque: { stations: SAMPLE } }),
  (ctx) => plaqueOf(ctx).stations.map((s) => s.id),
)

const REPORT_FIELDS = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['年度', '考核年度，如 2026'],
  ['参评数', '该年度登记了考核结果的服务站个数'],
  ['优秀数', '考核优秀的个数'],
  ['合格数', '考核合格的个数'],
  ['不合格数', '考核不合格的个数'],
  ['优秀名单', '考核优秀的服务站，逐个一行'],
  ['不合格名单', '考核不合格的服务站，逐个一行，附整改原因和期限（已责令整改的）'],
  ['成文日期', '成文日期，如 2027年1月15日'],
] as const

export const stationReviewReportKind = stationKind(
  'station_review_report',
  REPORT_FIELDS,
  {
    defaultTemplate: {
      title: '{{机关名称}}关于{{年度}}年度消费维权服务站考核结果的通报',
      body:
        '根据消费维权服务站考核工作安排，本局对{{参评数}}个消费维权服务站进行了{{年度}}年度考核。现将考核结果通报如下：\n' +
        '一、考核结果\n本次考核优秀{{优秀数}}个、合格{{合格数}}个、不合格{{不合格数}}个。\n二、考核优秀的服务站\n{{优秀名单}}\n三、考核不合格的服务站及整改要求\n{{不合格名单}}\n' +
        '考核不合格的服务站，由所在市场监督管理所督促限期整改；整改期满仍达不到要求的，撤销其消费维权服务站资格。',
    },
    values: (ctx) => {
      const r = reportOf(ctx)
      const by = (k: ReviewedStation['result']) => r.stations.filter((s) => s.result === k)
      return {
        机关名称: ctx.agency.fullName,
        年度: String(r.year),
        参评数: String(r.stations.length),
        优秀数: String(by('excellent').length),
        合格数: String(by('pass').length),
        不合格数: String(by('fail').length),
        优秀名单: listLines(by('excellent')),
        不合格名单: listLines(by('fail'), (s) => {
          const x = (s as ReviewedStation).rectify
          return x ? `，整改要求：${x.reason.replace(/[。；;.]+$/, '')}，整改期限${formatChineseDate(x.due)}` : ''
        }),
        成文日期: formatChineseDate(ctx.date),
      }
    },
  },
  () => ({
    type: 'station_review_report',
    report: { year: 2026, stations: [{ ...SAMPLE[0]!, result: 'excellent', rectify: null }, { ...SAMPLE[1]!, result: 'fail', rectify: { reason: '投诉登记簿缺失，补建并如实登记', due: '2027-03-31' } }] },
  }),
  (ctx) => reportOf(ctx).stations.map((s) => s.id),
  // 主送机关, flush left above the body (GB/T 9704 7.3.2).
  '各市场监督管理所、各消费维权服务站',
)
