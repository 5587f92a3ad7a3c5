// Draws resources/icon.svg at the sizes Windows and browsers use and writes icon.png (256 px) and favicon.ico
// (16, 32, 48 and 256 px, PNG inside). Run by hand after changing the SVG: node resources/make-icons.mjs
// (uses Chromium through Playwright, as the tests do). The results are committed; the build only copies them.
import { chromium } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = dirname(fileURLToPath(import.meta.url))
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
const png = async (size) => {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`)
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
}
const sizes = [16, 32, 48, 256]
const images = []
for (const s of sizes) images.push(await png(s))
await browser.close()
writeFileSync(join(dir, 'icon.png'), images[3])

// ICO: a 6-byte header, a 16-byte entry per image, then the PNG data (Windows Vista and later read PNG entries).
const header = Buffer.alloc(6)
header.writeUInt16LE(0, 0)
header.writeUInt16LE(1, 2)
header.writeUInt16LE(images.length, 4)
let offset = 6 + 16 * images.length
const entries = images.map((img, i) => {
  const e = Buffer.alloc(16)
  e.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], 0)
  e.writeUInt8(sizes[i] >= 256 ? 0 : sizes[i], 1)
  e.writeUInt16LE(1, 4) // planes
  e.writeUInt16LE(32, 6) // bits per pixel
  e.writeUInt32LE(img.length, 8)
  e.writeUInt32LE(offset, 12)
  offset += img.length
  return e
})
writeFileSync(join(dir, 'favicon.ico'), Buffer.concat([header, ...entries, ...images]))
console.log('icon.png and favicon.ico written')
