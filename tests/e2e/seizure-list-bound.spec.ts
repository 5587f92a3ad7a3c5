import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { GENESIS_HASH, entryHash } from '../../electron/core/audit/chain'
import { categoryBit, OFFICER_SEPARATOR } from '../../electron/core/seizures/derived'
import { partySortKey } from '../../electron/core/seizures/party-sort'
import { gramsOf, searchBody } from '../../electron/core/seizures/search'
import { computeTerm } from '../../shared/rules/seizure-term'
import { seededRandom } from '../support/seeded-random'
import { expect, openArea, setUpOffice, signIn, test } from './fixtures'

// The list counts a search's matches only up to a bound (seizures/list.ts, COUNT_BOUND = 1,000): past it the
// header and the pager say 共 1000+ 条, and the whole register is still counted exactly. 1,100 records are
// seeded straight into the file (the bench's seed, shaped as core writes them): registering them one by one
// through the API would take far longer than a test may.

const SCALE = 1100

test('the list says 共 1000+ 条 for a search past the count bound, and the exact count below it', async ({ page, host, request }) => {
  await setUpOffice(host, request)
  const { seed } = (await import('../bench/seed.mjs' as string)) as { seed: (file: string, n: number, h: object) => void }
  seed(join(host.dataDir, 'taizhang.sqlite'), SCALE, { computeTerm, entryHash, GENESIS_HASH, seededRandom, partySortKey, searchBody, gramsOf, categoryBit, OFFICER_SEPARATOR })
  await signIn(page, host)
  await openArea(page, '查扣登记')

  // What the file holds, counted here on its own connection: live records, and those whose text holds a term.
  const raw = new BetterSqlite3(join(host.dataDir, 'taizhang.sqlite'), { readonly: true })
  const live = (where: string, ...p: string[]) => (raw.prepare(`SELECT count(*) FROM seizures s JOIN seizure_search_text t ON t.seizure_id = s.id WHERE s.voided_at IS NULL ${where}`).pluck().get(...p) as number)
  const whole = live('')
  const withShoes = live(`AND t.body LIKE '%市监%'`)
  const few = live(`AND t.body LIKE '%鞋%'`)
  raw.close()
  expect(whole).toBeGreaterThan(1000)
  expect(withShoes).toBeGreaterThan(1000)
  expect(few).toBeGreaterThan(50)
  expect(few).toBeLessThan(1000)
  // The header adds ，其中已超期 N 条 when some are overdue (the seed holds a few).
  const header = (n: string) => new RegExp(`^共 ${n.replace('+', '\\+')} 条(，其中已超期 \\d+ 条)?$`)

  // The whole register: counted exactly.
  const count = page.getByTestId('seizure-count')
  await expect(count).toHaveText(header(String(whole)))
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(`第 1–50 条，共 ${whole} 条`)

  // Two characters found in every record (the 文号): counted to the bound, said as such in the header and the pager.
  const search = page.getByTestId('seizure-search').locator('input')
  await search.fill('市监')
  await search.press('Enter')
  await expect(count).toHaveText(header('1000+'))
  await expect(page.locator('.ant-pagination-total-text')).toHaveText('第 1–50 条，共 1000+ 条')
  await page.screenshot({ path: test.info().outputPath('seizure-list-capped.png') })

  // A search with fewer matches than the bound: its exact count again, the same in the pager.
  await search.fill('鞋')
  await search.press('Enter')
  await expect(count).toHaveText(header(String(few)))
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(`第 1–50 条，共 ${few} 条`)
})
