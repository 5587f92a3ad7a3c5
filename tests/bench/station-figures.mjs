// 服务站 figures (issue 18), in-process through core.invoke as the window calls them, on a work copy: a 2,000-row
// sheet with a merged title row imported whole (read, check, preview, commit: target ≤ 3 s) beside the bare
// libraries doing the least of it (read-excel-file reading the sheet, one prepared INSERT per row in one
// transaction); then, on the 2,000 stations, the list's first page and three filters and searches (p95 ≤ 30 ms)
// beside plain better-sqlite3 for the same ids and total; and the 2,000-station 名录 (≤ 3 s) beside the bare
// docx library writing the same table.
import BetterSqlite3 from 'better-sqlite3'
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import { race, stats } from './measure.mjs'
import { BENCH_NOW } from './seed.mjs'
import { BENCH_ADMIN } from './seeds.mjs'

const ROWS = 2000
const UNITS = ['城关', '南山', '东湖', '西坪', '北岭', '龙泉', '青石', '白沙'].map((u) => `${u}市场监督管理所`)
const FORMATS = ['商场', '超市', '农贸市场', '景区', '餐饮', '汽车', '家电', '通信']
const STREETS = ['人民路', '解放路', '中山路', '建设路', '滨江路', '工业路', '文化路', '新华街']
const HEAD = ['序号', '服务站名称', '依托经营者', '业态', '地址', '所属市场监管所', '站长', '联系电话', '设立日期', '是否ODR企业']

/** An office's sheet of `ROWS` stations under a merged title, as Excel saves it. */
async function sheet(h) {
  const rnd = h.seededRandom(18)
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
  const rows = [[{ value: '基准测试县消费维权服务站名录', columnSpan: HEAD.length }, ...Array(HEAD.length - 1).fill(null)], HEAD.map((value) => ({ value }))]
  for (let n = 1; n <= ROWS; n++) {
    const town = pick(['城关镇', '南山镇', '东湖乡', '西坪镇'])
    rows.push([
      { value: n, type: Number },
      { value: `${town}${pick(STREETS)}第${n}消费维权服务站` },
      { value: `基准测试县第${n}${pick(['商贸', '百货', '实业', '超市'])}有限公司` },
      { value: pick(FORMATS) },
      { value: `基准测试县${town}${pick(STREETS)}${n}号` },
      { value: UNITS[n % UNITS.length] },
      { value: `${pick(['王', '李', '张', '刘', '陈'])}站长` },
      { value: `13${String(800000000 + n)}` },
      { value: new Date(Date.UTC(2018 + (n % 8), n % 12, 1 + (n % 28))), type: Date, format: 'yyyy-mm-dd' },
      { value: n % 7 === 0 ? '是' : '否' },
    ])
  }
  return (await writeXlsxFile(rows).toBuffer()).toString('base64')
}

/** The floor of an import: the sheet read by the bare library, and its rows inserted by prepared statements. */
function importFloor(dbFile, base64) {
  return async () => {
    const grid = await readSheet(Buffer.from(base64, 'base64'))
    const db = new BetterSqlite3(dbFile)
    try {
      db.exec('CREATE TEMP TABLE floor_stations (name TEXT, host TEXT, format TEXT, address TEXT, unit TEXT, head TEXT, phone TEXT, set_up TEXT, odr INTEGER)')
      const insert = db.prepare('INSERT INTO floor_stations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      db.transaction(() => {
        for (const r of grid.slice(2)) insert.run(r[1], r[2], r[3], r[4], r[5], r[6], String(r[7]), r[8] instanceof Date ? r[8].toISOString().slice(0, 10) : null, r[9] === '是' ? 1 : 0)
      })()
      return grid.length - 2
    } finally {
      db.close()
    }
  }
}

/** The bare docx library writing the 名录's rows as one table (no grouping rules, no template, no archive). */
function directoryFloor(dbFile) {
  return async () => {
    const db = new BetterSqlite3(dbFile, { readonly: true })
    const rows = db.prepare("SELECT name, host_name, address, head, phone, format, odr, no_reason_returns FROM stations WHERE voided_at IS NULL AND status IN ('active', 'rectifying') ORDER BY unit, reg_year, reg_seq").all()
    db.close()
    const cell = (t) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: String(t), size: 21, font: '仿宋_GB2312' })] })] })
    const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => new TableRow({ cantSplit: true, children: [i + 1, r.name, r.host_name, r.address, r.head, r.phone, r.format, r.odr ? '是' : '', r.no_reason_returns ? '是' : ''].map(cell) })) })
    return (await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }))).length
  }
}

export async function stationFigures({ h, dataDir, reps, log }) {
  const dbFile = `${dataDir}/taizhang.sqlite`
  const core = h.createCore({ dataDir, now: () => BENCH_NOW, autoBackup: false })
  const admin = h.newClient()
  const ok = async (op, input) => {
    const r = await core.invoke(op, input, admin)
    if (!r.ok) throw new Error(`${op}: ${r.error.code} ${r.error.message}`)
    return r.data
  }
  const rows = []
  const raw = new BetterSqlite3(dbFile, { readonly: true })
  try {
    await ok('auth.login', { login: BENCH_ADMIN.login, password: BENCH_ADMIN.password })
    const settings = await ok('stations.settings.get', {})
    await ok('stations.settings.update', { units: UNITS, version: settings.version })
    const base64 = await sheet(h)
    const input = { fileName: '服务站名录.xlsx', base64 }

    // The import once, as a clerk does it: check (the preview), then commit (which checks again and writes).
    const t0 = performance.now()
    const preview = await ok('stations.import.check', input)
    const t1 = performance.now()
    const result = await ok('stations.import.commit', input)
    const t2 = performance.now()
    if (result.added !== ROWS) throw new Error(`import added ${result.added} of ${ROWS}: ${JSON.stringify(preview.rows.find((r) => r.outcome !== 'new'))}`)
    const floorTimes = []
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      await importFloor(dbFile, base64)()
      floorTimes.push(performance.now() - t)
    }
    const ours = Math.round(t2 - t0)
    const floor = stats(floorTimes)
    rows.push({ name: `stations: import ${ROWS} rows (check ${Math.round(t1 - t0)} + commit ${Math.round(t2 - t1)} ms)`, group: 'station-import', ours: { p50: ours, p95: ours, n: 1 }, floor, ratio: Math.round((ours / floor.p50) * 100) / 100 })
    log(`  import ${ROWS}: check ${Math.round(t1 - t0)} ms, commit ${Math.round(t2 - t1)} ms; bare read + inserts p50 ${floor.p50} ms`)
    // A second import of the same sheet: every row found as existing, nothing written.
    const again = await race({ ours: () => ok('stations.import.check', input), floor: null, reps: 5, warmup: 0 })
    rows.push({ name: `stations: re-check the same ${ROWS} rows (all existing)`, group: 'station-import', ...again })

    const ids = (where, params = []) => {
      const page = raw.prepare(`SELECT id FROM stations WHERE voided_at IS NULL${where ? ` AND ${where}` : ''} ORDER BY reg_year DESC, reg_seq DESC LIMIT 50`).pluck()
      const count = raw.prepare(`SELECT count(*) FROM stations WHERE voided_at IS NULL${where ? ` AND ${where}` : ''}`).pluck()
      return () => ({ ids: page.all(...params), total: count.get(...params) })
    }
    const figures = [
      ['stations: first page', {}, ids('')],
      ['stations: search 人民路', { query: '人民路' }, ids("instr(search_text, '人民路') > 0")],
      ['stations: 所 = 南山', { unit: UNITS[1] }, ids('unit = ?', [UNITS[1]])],
      ['stations: search 第1 + 超市 (业态)', { query: '第1', format: 'supermarket' }, ids("instr(search_text, '第1') > 0 AND format = 'supermarket'")],
    ]
    for (const [name, filter, floorFn] of figures) {
      const total = floorFn().total
      const r = await race({
        ours: async () => {
          const p = await ok('stations.list', { ...filter, pageSize: 50 })
          return { ids: p.rows.map((x) => x.id), total: p.total }
        },
        floor: floorFn,
        reps,
        check: (a, b) => {
          if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${name}: the floor returned other rows`)
        },
      })
      rows.push({ name, group: 'station-list', total, ...r })
      log(`  ${name} [${total}]: ours p50 ${r.ours.p50} p95 ${r.ours.p95}, floor p50 ${r.floor.p50} (${r.ratio}×)`)
    }

    const d = await race({ ours: () => ok('stations.document.preview', { kind: 'station_directory', date: '2026-12-02' }), floor: directoryFloor(dbFile), reps: 5, warmup: 1 })
    rows.push({ name: `stations: 名录 of ${ROWS}`, group: 'station-directory', ...d })
    log(`  名录 ${ROWS}: ours p50 ${d.ours.p50} p95 ${d.ours.p95}, bare docx p50 ${d.floor.p50} (${d.ratio}×)`)
  } finally {
    raw.close()
    await core.close()
  }
  return rows
}
