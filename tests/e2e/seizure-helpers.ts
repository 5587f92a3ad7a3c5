import { deflateSync, crc32 } from 'node:zlib'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, setUpOffice, signInFirstTime, type Host } from './fixtures'

// What the seizure and form tests share: a clerk signed in, the form's header filled, lines typed, records made
// through the API.

// Register numbers count per year of registration, the office's (and the host's) local year.
export const YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())
export const reg = (n: number) => `${YEAR}-${String(n).padStart(4, '0')}`

export const TEMP = 'Linshi-2026'
export const OWN = 'Zhaolu-2026'

/** A real (decodable) PNG: the window makes its thumbnail from it. */
export function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xc0)])
  const pixels = Buffer.concat(Array.from({ length: height }, (_v, y) => (y % 8 < 4 ? row : Buffer.from(row.map((b, i) => (i === 0 ? 0 : 0x40))))))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))])
}

/**
 * The admin makes a clerk, who replaces the temporary password, and the page opens signed in as the clerk
 * (the login screen and the forced change are accounts.spec.ts's subject).
 */
export async function clerkSignedIn(page: Page, host: Host, request: APIRequestContext): Promise<void> {
  await setUpOffice(host, request)
  expect((await host.api(request, 'accounts.create', { login: 'zhaolu', name: '赵录', roles: ['clerk'], password: TEMP })).status).toBe(200)
  await signInFirstTime(page, host, 'zhaolu', TEMP, OWN)
  await expect(page.getByTestId('current-user')).toHaveText('赵录')
}

/** 决定信息, officers and party name: the header fields every new seizure needs. */
export async function fillHeader(page: Page, decisionNo: string, party: string) {
  await page.getByTestId('seizure-decision-no').fill(decisionNo)
  await page.getByTestId('seizure-decision-no').press('Tab')
  await page.getByTestId('seizure-unit').locator('input').fill('城关市场监督管理所')
  await page.getByTestId('seizure-place').locator('input').fill('清溪县城关镇人民路88号东方商行')
  await page.getByTestId('officer-0-name').locator('input').fill('张执法')
  await page.getByTestId('officer-0-cert').fill('35010012345')
  await page.getByTestId('officer-1-name').locator('input').fill('李执法')
  await page.getByTestId('officer-1-cert').fill('35010012346')
  await page.getByTestId('party-name').fill(party)
}

/**
 * Types one line into the grid by keyboard only, starting in its 品名 cell; Enter after every cell. Chinese
 * arrives as a pinyin IME commits it, a word at once; digits and Latin letters key by key.
 */
export async function typeLine(page: Page, cells: string[]) {
  for (const text of cells) {
    if (/^[\x20-\x7e]+$/.test(text)) await page.keyboard.type(text)
    else if (text) await page.keyboard.insertText(text)
    await page.keyboard.press('Enter')
  }
}

/** Through the API as the clerk signed in on the page (or in a context of its own): the record the first test types by keyboard, or a variant of it. */
export async function registerByApi(by: Page | APIRequestContext, host: Host, over: Record<string, unknown> = {}): Promise<{ id: string; version: number; items: { id: string }[] }> {
  const r = await host.api('request' in by ? by.request : by, 'seizures.create', {
    kind: 'detention',
    decisionNo: '清市监强制〔2026〕12号',
    decisionDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()),
    place: '清溪县城关镇人民路88号东方商行',
    source: 'inspection',
    unit: '城关市场监督管理所',
    officers: [{ name: '张执法', certNo: '35010012345' }, { name: '李执法', certNo: '35010012346' }],
    party: { type: 'enterprise', name: '清溪县东方商行有限公司', idNo: '91350100M000100Y43', address: '清溪县城关镇人民路88号' },
    items: [
      { name: '运动鞋', brand: 'NIKE', spec: '42码', category: 'apparel', qtyMilli: 120_000, unit: '双', weightG: 96_000, valueFen: 3_600_000 },
      { name: '白酒', brand: '茅台', spec: '500ml/瓶', category: 'tobacco_alcohol', qtyMilli: 24_000, unit: '瓶', valueFen: 2_400_000 },
      { name: '西湖龙井茶叶', brand: '西湖龙井', spec: '散装', category: 'food', qtyMilli: 12_500, unit: '千克', weightG: 12_500 },
    ],
    ...over,
  } as never)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return (r.body as { data: { id: string; version: number; items: { id: string }[] } }).data
}
