import Docxtemplater from 'docxtemplater'
import PizZip from 'pizzip'
import { AppError } from '../errors'

// Word templates made by the office in Word or WPS, with the same {{占位符}} as the text templates.
// docxtemplater's default parser treats a tag as a plain name lookup: nothing in a template is evaluated.

const OPTIONS = { delimiters: { start: '{{', end: '}}' }, paragraphLoop: true, linebreaks: true, errorLogging: false } as const

const ERROR_TEXT: Record<string, string> = {
  unclosed_tag: '有未闭合的 {{',
  unopened_tag: '有多余的 }}',
  duplicate_open_tag: '有重复的 {{',
  duplicate_close_tag: '有重复的 }}',
  unclosed_loop: '有未结束的循环 {{#…}}',
  unopened_loop: '有多余的循环结束 {{/…}}',
  closing_tag_does_not_match_opening_tag: '循环的开始和结束名称不一致',
}

type NullGetter = (part: { value?: unknown }) => unknown

/** Missing values are checked before filling; reaching this would leave a hole in an issued document. */
const refuseMissing: NullGetter = (part) => {
  const name = String(part.value)
  throw new AppError('VALIDATION', `“${name}”未填写`, { [`values.${name}`]: `请填写“${name}”` })
}

function open(bytes: Buffer, nullGetter: NullGetter): Docxtemplater {
  let zip: PizZip
  try {
    zip = new PizZip(bytes)
  } catch {
    throw new AppError('VALIDATION', '这不是有效的 Word 文档（.docx）', { file: '请选择 Word 保存的 .docx 文件' })
  }
  if (!zip.file('word/document.xml')) throw new AppError('VALIDATION', '这不是 Word 文档（.docx）', { file: '请选择 Word 保存的 .docx 文件' })
  try {
    return new Docxtemplater(zip, {
      ...OPTIONS,
      nullGetter,
    })
  } catch (err) {
    throw templateError(err)
  }
}

function templateError(err: unknown): AppError {
  if (err instanceof AppError) return err
  const errors = (err as { properties?: { errors?: { properties?: { id?: string; xtag?: string } }[] } }).properties?.errors ?? []
  const problems = errors.map((e) => {
    const p = e.properties ?? {}
    return `${ERROR_TEXT[p.id ?? ''] ?? '占位符写法有误'}${p.xtag ? `（${p.xtag}）` : ''}`
  })
  const message = `Word 模板中的占位符写法有误：${problems.length ? [...new Set(problems)].join('；') : String((err as Error).message)}`
  return new AppError('VALIDATION', message, { file: message })
}

/**
 * The placeholder names a Word template uses, as docxtemplater itself parses them (tags split across
 * Word's runs, headers and footers included): render with no data and note every tag that asks for a value.
 */
export function docxPlaceholders(bytes: Buffer): string[] {
  const found = new Set<string>()
  const doc = open(bytes, (part) => {
    found.add(String(part.value))
    return ''
  })
  try {
    doc.render({})
  } catch (err) {
    throw templateError(err)
  }
  return [...found]
}

/** Fills a Word template; every placeholder must have a value (checked by the caller). */
export function fillDocxTemplate(bytes: Buffer, values: Record<string, string>): Buffer {
  const doc = open(bytes, refuseMissing)
  try {
    doc.render(values)
  } catch (err) {
    throw templateError(err)
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}
