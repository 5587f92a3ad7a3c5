// Seizure register figures at 100,000 records: list pages, searches of 1, 2 and 3+ characters, the overdue
// filter, a deep page, one registration and an export of a filtered list. Each call is timed over HTTP.

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x) => Math.round(x * 10) / 10

export async function seizureFigures(url, token, adminCookie) {
  const post = (op, body, cookie) =>
    fetch(`${url}api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token, ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) })
  const call = async (op, body, cookie) => {
    const r = await (await post(op, body, cookie)).json()
    if (!r.ok) throw new Error(`${op}: ${JSON.stringify(r.error)}`)
    return r.data
  }
  // A clerk registers seizures; an account starts with a temporary password that must be changed.
  await call('accounts.create', { login: 'clerk', name: '录入', roles: ['clerk'], password: 'temp-password-1' }, adminCookie)
  const login = await post('auth.login', { login: 'clerk', password: 'temp-password-1' })
  const cookie = login.headers.get('set-cookie').split(';')[0]
  await call('auth.changePassword', { current: 'temp-password-1', next: 'clerk-password-2' }, cookie)

  const timedN = async (op, body, n = 7) => {
    const ms = []
    let data
    for (let i = 0; i < n; i++) {
      const t = performance.now()
      data = await call(op, body, cookie)
      ms.push(performance.now() - t)
    }
    return { median: round(median(ms)), data }
  }
  const figures = {}
  const list = async (name, body) => {
    const r = await timedN('seizures.list', { pageSize: 50, ...body })
    figures[name] = { medianMs: r.median, total: r.data.total }
  }
  await list('seizureListFirstPage', {})
  await list('seizureListPage1000', { page: 1000 })
  await list('seizureSearch1Char', { query: '鞋' })
  await list('seizureSearch2Chars', { query: '茶叶' })
  await list('seizureSearch3Chars', { query: '运动鞋' })
  await list('seizureSearchPartyName', { query: '鑫源百货' })
  await list('seizureSearchDecisionNo', { query: '〔2026〕4711号' })
  await list('seizureFilterOverdue', { statuses: ['overdue'] })
  await list('seizureFilterOverdueSortedByTerm', { statuses: ['overdue'], sort: { field: 'termEnd', order: 'asc' } })
  await list('seizureFilterCategory', { category: 'cosmetics' })
  await list('seizureSortByValue', { sort: { field: 'valueFen', order: 'desc' } })

  const creates = []
  for (let i = 0; i < 20; i++) {
    const t = performance.now()
    await call(
      'seizures.create',
      {
        kind: 'detention',
        decisionNo: `基市监强制〔2026〕${200_000 + i}号`,
        decisionDate: '2026-11-20',
        place: '城关镇人民路1号',
        source: 'inspection',
        unit: '执法大队',
        officers: [{ name: '张伟', certNo: '35010010001' }, { name: '李娜', certNo: '35010010002' }],
        party: { type: 'enterprise', name: '基准商行', idNo: '' },
        items: [
          { name: '运动鞋', brand: 'NIKE', category: 'apparel', qtyMilli: 10_000, unit: '双' },
          { name: '白酒', brand: '茅台', category: 'tobacco_alcohol', qtyMilli: 6_000, unit: '瓶' },
          { name: '散装茶叶', category: 'food', qtyMilli: 2_500, unit: '千克' },
        ],
      },
      cookie,
    )
    creates.push(performance.now() - t)
  }
  figures.seizureCreate3LinesMs = { median: round(median(creates)), n: creates.length }

  // The 物品清单 of a seizure at the contract's 500 lines (column widths from content, closing kept with the last
  // rows): issued, archived and returned over HTTP.
  const big = await call(
    'seizures.create',
    {
      kind: 'detention',
      decisionNo: '基市监强制〔2026〕300000号',
      decisionDate: '2026-11-20',
      place: '城关镇人民路1号',
      source: 'inspection',
      unit: '执法大队',
      officers: [{ name: '张伟', certNo: '35010010001' }, { name: '李娜', certNo: '35010010002' }],
      party: { type: 'enterprise', name: '基准商行', idNo: '' },
      items: Array.from({ length: 500 }, (_v, i) => ({
        name: i % 9 === 4 ? `儿童益智拼装积木玩具套装（含说明书、收纳盒及多色零件包）第${i + 1}种` : `涉嫌侵权商品第${i + 1}种`,
        brand: ['NIKE', 'ADIDAS', '茅台', '五粮液'][i % 4],
        spec: `规格${(i % 5) + 1}`,
        category: 'other',
        qtyMilli: (i + 1) * 1500,
        unit: '件',
        note: i % 7 ? '' : '外包装破损',
      })),
    },
    cookie,
  )
  const lists = []
  let listKiB = 0
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const issued = await call('seizures.inventory', { id: big.id, date: '2026-11-23' }, cookie)
    lists.push(performance.now() - started)
    listKiB = Math.round((issued.base64.length * 3) / 4 / 1024)
  }
  figures.inventory500LinesMs = { median: round(median(lists)), n: lists.length, docxKiB: listKiB }

  const t = performance.now()
  const exported = await call('seizures.export', { query: '茶叶' }, cookie)
  figures.seizureExportFilteredMs = { ms: round(performance.now() - t), rows: exported.rows, xlsxKiB: Math.round((exported.base64.length * 3) / 4 / 1024) }
  return figures
}
