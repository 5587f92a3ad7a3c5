import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

// Documents as LibreOffice lays them out: converted to PDF in one soffice run, then read back word by word
// with their positions (pdftotext -bbox-layout), for tests where the layout itself is the point.

/** The first of LibreOffice and poppler's commands that is not installed, if any (the test then skips). */
export function missingRenderer(): string | undefined {
  return ['soffice', 'pdftotext'].find((c) => {
    try {
      execFileSync('which', [c], { stdio: 'ignore' })
      return false
    } catch {
      return true
    }
  })
}

export interface PdfLine {
  text: string
  /** Points from the page's left and top edges. */
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  words: { text: string; xMin: number; xMax: number }[]
}

export interface PdfPage {
  width: number
  height: number
  lines: PdfLine[]
  /** The page's text with blanks removed, for "is it on this page" checks. */
  text: string
  /** The page as grey pixels (0 black … 255 white), when asked for. */
  raster?: Raster
}

export interface Raster {
  width: number
  height: number
  dpi: number
  data: Uint8Array
}

export const PT_PER_MM = 72 / 25.4

const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1])
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

/** Every page's lines, top to bottom, from pdftotext's bounding-box output. */
export function parseBboxLayout(html: string): PdfPage[] {
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, pageAttrs, body]) => {
    const lines = [...body!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, lineAttrs, inner]) => {
      const words = [...inner!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, w, text]) => ({ text: unescape(text!), xMin: attr(w!, 'xMin'), xMax: attr(w!, 'xMax') }))
      return { text: words.map((w) => w.text).join(''), xMin: attr(lineAttrs!, 'xMin'), yMin: attr(lineAttrs!, 'yMin'), xMax: attr(lineAttrs!, 'xMax'), yMax: attr(lineAttrs!, 'yMax'), words }
    })
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
    return { width: attr(pageAttrs!, 'width'), height: attr(pageAttrs!, 'height'), lines, text: lines.map((l) => l.text).join('') }
  })
}

/**
 * Converts the documents to PDF with LibreOffice in one run (its start-up is most of the time) and returns each
 * one's pages. Font names of the office are mapped to Noto CJK (tests/render/fonts.conf), so lines break about
 * as they do with the real fonts. Bounded: soffice is killed after `timeoutMs`. The documents `raster.names`
 * also come back as pixels.
 */
export function renderDocuments(docs: Record<string, Uint8Array>, opts: { timeoutMs?: number; raster?: { dpi: number; names: string[] } } = {}): Record<string, PdfPage[]> {
  const { timeoutMs = 150_000, raster } = opts
  const dir = mkdtempSync(join(tmpdir(), 'render-'))
  try {
    const files = Object.entries(docs).map(([name, bytes]) => {
      const file = join(dir, `${name}.docx`)
      writeFileSync(file, bytes)
      return file
    })
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      env: { ...process.env, FONTCONFIG_FILE: resolve('tests/render/fonts.conf') },
    })
    return Object.fromEntries(
      Object.keys(docs).map((name) => {
        const pdf = join(dir, `${name}.pdf`)
        const pages = parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }))
        if (raster?.names.includes(name)) {
          const rasterDpi = raster.dpi
          execFileSync('pdftoppm', ['-gray', '-r', String(rasterDpi), pdf, join(dir, `${name}-page`)], { timeout: timeoutMs })
          const files = readdirSync(dir).filter((f) => f.startsWith(`${name}-page`) && f.endsWith('.pgm')).sort()
          files.forEach((f, i) => {
            if (pages[i]) pages[i].raster = { ...parsePgm(readFileSync(join(dir, f))), dpi: rasterDpi }
          })
        }
        return [name, pages]
      }),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The 1-based number of the first page whose text (blanks removed) contains `text`, or 0. */
export const pageWith = (pages: readonly PdfPage[], text: string): number => pages.findIndex((p) => p.text.includes(text.replace(/\s+/g, ''))) + 1

/** A binary greymap (pdftoppm -gray). */
function parsePgm(bytes: Buffer): { width: number; height: number; data: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString('latin1', 0, 64))
  if (!header) throw new Error('not a PGM file')
  const width = Number(header[1])
  const height = Number(header[2])
  return { width, height, data: new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height)) }
}

/**
 * Millimetres from the page's top to the middle of the first horizontal stroke at least `minRunMm` long that
 * lies wholly below `fromMm` (a page number's 一字线: no digit has a stroke that long).
 */
export function horizontalStrokeMm(r: Raster, fromMm: number, minRunMm = 3): number | null {
  const pxPerMm = r.dpi / 25.4
  const minRun = Math.round(minRunMm * pxPerMm)
  const rows: number[] = []
  for (let y = Math.ceil(fromMm * pxPerMm); y < r.height; y++) {
    let run = 0
    let found = false
    for (let x = 0; x < r.width && !found; x++) {
      run = r.data[y * r.width + x]! < 128 ? run + 1 : 0
      found = run >= minRun
    }
    if (found) rows.push(y)
    else if (rows.length) break
  }
  return rows.length ? ((rows[0]! + rows.at(-1)! + 1) / 2) / pxPerMm : null
}
