// Seeds a data dir's database with n seizures (≈3 lines each) straight through SQL, shaped as core writes
// them (rows, officers, lines, a few outcomes, cached term end, search text), for `npm run bench`.
import BetterSqlite3 from 'better-sqlite3'

const PARTIES = ['东方商行', '鑫源百货', '华联超市', '利民五金', '金叶烟酒行', '好又多便利店', '阳光母婴店', '康乐药房', '新潮服饰', '美丽化妆品店']
const TOWNS = ['城关镇', '南山镇', '北岭乡', '东湖镇', '西坪乡', '溪口镇']
const ITEMS = [
  ['运动鞋', 'NIKE', 'apparel', '双'],
  ['白酒', '茅台', 'tobacco_alcohol', '瓶'],
  ['香烟', '中华', 'tobacco_alcohol', '条'],
  ['洗发水', '海飞丝', 'daily_goods', '瓶'],
  ['奶粉', '飞鹤', 'food', '罐'],
  ['口红', '迪奥', 'cosmetics', '支'],
  ['充电器', '华为', 'electronics', '个'],
  ['儿童玩具汽车', '乐高', 'children', '盒'],
  ['化肥', '史丹利', 'agricultural', '袋'],
  ['手提包', 'LV', 'bags', '个'],
  ['散装茶叶', '西湖龙井', 'food', '千克'],
  ['保健胶囊', '汤臣倍健', 'health_food', '瓶'],
]
const UNITS = ['城关市场监督管理所', '南山市场监督管理所', '执法大队', '北岭市场监督管理所']
const OFFICERS = [['张伟', '35010010001'], ['李娜', '35010010002'], ['王强', '35010010003'], ['刘洋', '35010010004'], ['陈静', '35010010005'], ['杨磊', '35010010006']]

const pad = (n, w) => String(n).padStart(w, '0')
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

export function seedSeizures(dbFile, n) {
  const db = new BetterSqlite3(dbFile)
  try {
    const user = db.prepare('SELECT id FROM users LIMIT 1').pluck().get()
    const s = db.prepare(`INSERT INTO seizures (id, register_year, register_seq, register_no, kind, decision_no, decision_date, place, source, unit, party_type, party_name,
      party_id_no, term_end, created_at, created_by, updated_at, updated_by) VALUES (?, 2026, ?, ?, ?, ?, ?, ?, 'inspection', ?, 'enterprise', ?, '', ?, ?, ?, ?, ?)`)
    const cached = db.prepare('UPDATE seizures SET held_milli = ?, disposed_milli = ?, value_fen = ? WHERE id = ?')
    const o = db.prepare('INSERT INTO seizure_officers (seizure_id, position, name, cert_no) VALUES (?, ?, ?, ?)')
    const it = db.prepare(`INSERT INTO seizure_items (id, seizure_id, line_no, name, brand, spec, category, qty_milli, unit, value_fen, created_at, created_by, updated_at, updated_by)
      VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)`)
    const out = db.prepare(`INSERT INTO seizure_outcomes (id, seizure_id, item_id, kind, qty_milli, date, doc_no, created_at, created_by) VALUES (?, ?, ?, 'confiscation', ?, ?, '基市监罚〔2026〕1号', ?, ?)`)
    const fts = db.prepare('INSERT INTO seizure_search_text (seizure_id, body) VALUES (?, ?)')
    const at = '2026-11-01T00:00:00.000Z'
    db.transaction(() => {
      for (let i = 1; i <= n; i++) {
        const id = `seed-${pad(i, 6)}`
        const date = addDays('2026-01-01', i % 326)
        const party = `${TOWNS[i % TOWNS.length]}${PARTIES[(i * 7) % PARTIES.length]}${i % 97}号店`
        const regNo = `2026-${pad(i, 4)}`
        const decisionNo = `基市监强制〔2026〕${i}号`
        s.run(id, i, regNo, i % 3 ? 'detention' : 'sealing', decisionNo, date, `${TOWNS[i % TOWNS.length]}人民路${i % 300}号`, UNITS[i % UNITS.length], party, addDays(date, 30), at, user, at, user)
        const [a, b] = [OFFICERS[i % 6], OFFICERS[(i + 1) % 6]]
        o.run(id, 1, a[0], a[1])
        o.run(id, 2, b[0], b[1])
        const lines = 1 + (i % 5)
        const words = [regNo, decisionNo, party]
        let held = 0
        let disposed = 0
        let value = 0
        for (let l = 1; l <= lines; l++) {
          const [name, brand, category, unit] = ITEMS[(i * 3 + l * 5) % ITEMS.length]
          const itemId = `${id}-${l}`
          const qty = 1000 * (1 + ((i + l) % 200))
          const fen = 100 * ((i * l) % 100_000)
          it.run(itemId, id, l, name, brand, category, qty, unit, fen, at, user, at, user)
          value += fen
          // Older seizures are decided (all lines confiscated) except one in fifty; recent ones are held.
          if (date < '2026-10-01' && i % 50 !== 0) {
            out.run(`${itemId}-o`, id, itemId, qty, addDays(date, 20), at, user)
            disposed += qty
          } else held += qty
          words.push(name, brand)
        }
        cached.run(held, disposed, value, id)
        fts.run(id, words.join(' ｜ '))
      }
      db.prepare('INSERT INTO seizure_counters (year, last_no) VALUES (2026, ?) ON CONFLICT (year) DO UPDATE SET last_no = excluded.last_no').run(n)
    })()
  } finally {
    db.close()
  }
}
