import PizZip from 'pizzip'
import type { RowSets } from './row-expansion'
import type { DocumentFonts } from '../../../shared/api/documents'

// Parts of the .docx the docx library cannot write as the page model needs them, set after packing.
//
// word/fontTable.xml: the docx library writes it empty, so Word or WPS on a PC without 仿宋_GB2312 or
// 方正小标宋简体 (most PCs outside government offices) picks a substitute by guesswork, often a Latin font that
// has no Chinese at all. Declared with what Word itself records for them (panose, GB2312 charset, family,
// pitch) and an alternative name a PC is likely to have, they fall back to 仿宋, 宋体 or 楷体 instead.

interface FontFacts {
  altName?: string
  /** PANOSE classification as Word records it; omitted where it is not known for certain. */
  panose?: string
  /** 86 = GB2312 (simplified Chinese), 00 = ANSI. */
  charset: '86' | '00'
  family: 'auto' | 'roman' | 'swiss' | 'modern'
  pitch: 'variable' | 'fixed'
}

/** The values Word writes for these fonts on a Chinese Windows PC. */
const KNOWN: Record<string, FontFacts> = {
  仿宋_GB2312: { altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { altName: '宋体', charset: '86', family: 'auto', pitch: 'variable' },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
}

/** A font an office configured that is not in the table: Chinese by its name, or else Latin. */
const guess = (name: string): FontFacts => (/[\u2e80-\u9fff\uf900-\ufaff]/.test(name) ? { charset: '86', family: 'auto', pitch: 'variable' } : { charset: '00', family: 'auto', pitch: 'variable' })

export const fontFacts = (name: string): FontFacts => KNOWN[name] ?? guess(name)

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

export function fontTableXml(fonts: DocumentFonts): string {
  const names = [...new Set([fonts.body, fonts.title, fonts.heading1, fonts.heading2, fonts.pageNumber, fonts.latin])]
  const entries = names.map((name) => {
    const f = fontFacts(name)
    return (
      `<w:font w:name="${escape(name)}">` +
      (f.altName ? `<w:altName w:val="${escape(f.altName)}"/>` : '') +
      (f.panose ? `<w:panose1 w:val="${f.panose}"/>` : '') +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
    )
  })
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  )
}

/**
 * Widow control in the document defaults and the Normal style (the docx library's styles cannot say it):
 * LibreOffice applies it when it is absent and Word does not, so the two would break pages differently.
 */
export function withWidowControl(stylesXml: string): string {
  const defaults = stylesXml.replace(/(<w:pPrDefault>\s*<w:pPr>)/, '$1<w:widowControl/>')
  return defaults.replace(/(<w:style\b[^>]*w:styleId="Normal"[^>]*>(?:(?!<\/w:style>)[\s\S])*?<w:pPr>)/, '$1<w:widowControl/>')
}

/** The packed .docx with its font table declaring `fonts`, widow control on throughout, and long tables' rows in place. */
export function finishDocx(docx: Buffer, fonts: DocumentFonts, rowSets: RowSets): Buffer {
  const zip = new PizZip(docx)
  const body = zip.file('word/document.xml')
  if (body && rowSets.size > 0) zip.file('word/document.xml', rowSets.expand(body.asText()))
  zip.file('word/fontTable.xml', fontTableXml(fonts))
  const styles = zip.file('word/styles.xml')
  if (styles) zip.file('word/styles.xml', withWidowControl(styles.asText()))
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}
