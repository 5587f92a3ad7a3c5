import type { FileChild } from 'docx'
import type { AgencyProfile } from '../../../../shared/api/settings'
import { STATION_FORMATS, type StationFormat } from '../../../../shared/domain/stations'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents'
import { formatChineseDate } from '../../../../shared/rules/chinese-date'
import type { Blocks } from '../blocks'
import { FormBlocks } from '../form-blocks'
import { ZIHAO } from '../units'
import { AppError } from '../../errors'
import { recordSamples } from './record-samples'
import type { DocumentKindDef, FilledTemplate, KindContext, KindRecord } from './types'

// 消费维权服务站名录: one ruled table of the stations in the register, grouped by 所 in the office's order, a 小计
// under each 所 and the 合计 under all; A4 portrait, the nine columns wrapping (never clipped) in the type area,
// the header repeating on every page, rows never split (Blocks.table).

export interface DirectoryStation {
  id: string
  name: string
  hostName: string
  address: string
  head: string
  phone: string
  format: StationFormat
  odr: boolean
  noReasonReturns: boolean
}

export interface StationDirectory {
  /** The day the register is listed as of. */
  asOf: string
  /** One 所 only, or the whole county. */
  unit: string | null
  groups: { unit: string; stations: DirectoryStation[] }[]
}

const directoryOf = (ctx: KindContext): StationDirectory => {
  if (ctx.record?.type !== 'station_directory') throw new AppError('INTERNAL', '服务站名录缺少服务站')
  return ctx.record.directory
}

const HEAD = ['序号', '服务站名称', '依托经营者', '地址', '负责人', '电话', '业态', 'ODR\n企业', '无理由\n退货']
const yes = (b: boolean) => (b ? '是' : '')

/** The table's rows: each station, a 小计 after each 所, the 合计 last. */
export function directoryRows(d: StationDirectory): string[][] {
  const out: string[][] = []
  let n = 0
  const sums = (xs: DirectoryStation[]) => [String(xs.filter((x) => x.odr).length), String(xs.filter((x) => x.noReasonReturns).length)]
  for (const g of d.groups) {
    for (const s of g.stations) {
      n += 1
      out.push([String(n), s.name, s.hostName, s.address, s.head, s.phone, STATION_FORMATS[s.format], yes(s.odr), yes(s.noReasonReturns)])
    }
    out.push(['', `${g.unit}小计（${g.stations.length}个）`, '', '', '', '', '', ...sums(g.stations)])
  }
  const all = d.groups.flatMap((g) => g.stations)
  out.push(['', `合计（${all.length}个）`, '', '', '', '', '', ...sums(all)])
  return out
}

const FIELDS = [
  ['机关名称', '机关全称（设置 → 机关信息）'],
  ['范围', '名录的范围：全部监管所，或所选的一个所'],
  ['截至日期', '名录所列服务站的截至日期，如 2026年12月3日'],
  ['服务站数', '名录中服务站的个数，如 605'],
  ['所数', '名录涉及的监管所个数，如 8'],
  ['ODR企业数', '其中ODR企业的个数'],
  ['无理由退货数', '其中作出线下无理由退货承诺的个数'],
  ['成文日期', '成文日期，如 2026年12月3日'],
] as const

function values(ctx: KindContext): Record<string, string> {
  const d = directoryOf(ctx)
  const all = d.groups.flatMap((g) => g.stations)
  return {
    机关名称: ctx.agency.fullName,
    范围: d.unit ?? '全部监管所',
    截至日期: formatChineseDate(d.asOf),
    服务站数: String(all.length),
    所数: String(d.groups.length),
    ODR企业数: String(all.filter((s) => s.odr).length),
    无理由退货数: String(all.filter((s) => s.noReasonReturns).length),
    成文日期: formatChineseDate(ctx.date),
  }
}

const CLOSING_PT = ZIHAO.四号

function layout(b: Blocks, filled: FilledTemplate, ctx: KindContext): FileChild[] {
  const d = directoryOf(ctx)
  const f = new FormBlocks(b.fonts)
  return [
    ...f.title(filled.titleLines),
    f.fieldGrid([
      ['范围', d.unit ?? '全部监管所'],
      ['截至日期', formatChineseDate(d.asOf)],
    ]),
    f.gap(4),
    b.table(HEAD, directoryRows(d), {
      // Fixed shares of the 156 mm (about 42 characters of 五号): a register's names and addresses run long
      // in every row, so sizing by content gains nothing and gave the address the least room.
      widths: [3, 6.5, 6.5, 8.5, 3.5, 7.5, 3.5, 3.5, 3],
      align: ['center', 'left', 'left', 'left', 'left', 'left', 'center', 'center', 'center'],
      sizePt: ZIHAO.五号,
      closing: f.wording(filled.lines, CLOSING_PT, { roomPt: 6 }),
    }),
  ]
}

function sampleDirectory(): StationDirectory {
  const s = (id: string, name: string, host: string, address: string, format: StationFormat, odr: boolean): DirectoryStation => ({ id, name, hostName: host, address, head: '王站长', phone: '0598-1234567', format, odr, noReasonReturns: !odr })
  return {
    asOf: '2026-12-03',
    unit: null,
    groups: [
      { unit: '城关市场监督管理所', stations: [s('s1', '城关百货消费维权服务站', 'XX县城关百货有限公司', 'XX县城关镇人民路88号', 'mall', true), s('s2', '惠民超市消费维权服务站', 'XX县惠民超市有限公司', 'XX县城关镇解放路12号', 'supermarket', false)] },
      { unit: '南山市场监督管理所', stations: [s('s3', '南山农贸市场消费维权服务站', 'XX县南山市场管理有限公司', 'XX县南山镇集贸路1号', 'market', false)] },
    ],
  }
}

const sampleRecord = (_agency: AgencyProfile): KindRecord => ({ type: 'station_directory', directory: sampleDirectory() })

export const stationDirectoryKind: DocumentKindDef = {
  kind: 'station_directory',
  label: DOCUMENT_KIND_LABELS.station_directory,
  ...recordSamples(FIELDS, values, sampleRecord, '2026-12-03'),
  fromRecord: { type: 'station_directory', sample: sampleRecord },
  defaultTemplate: {
    title: '{{机关名称}}消费维权服务站名录',
    body: '截至{{截至日期}}，{{范围}}共有在册消费维权服务站{{服务站数}}个，其中ODR企业{{ODR企业数}}个、线下无理由退货承诺单位{{无理由退货数}}个。',
  },
  values,
  layout,
  recordIds: (ctx) => directoryOf(ctx).groups.flatMap((g) => g.stations.map((s) => s.id)),
  archiveFields: (ctx) => ({ registerNo: directoryOf(ctx).unit ?? '全部监管所' }),
  fileNameParts: (title) => [title],
}
