import { describe, expect, it } from 'vitest'
import { documentNumberSchema, fixDocumentNumberBrackets, formatDocumentNumber, parseDocumentNumber } from '../../../shared/rules/document-number'

const BRACKETS = '年份应使用六角括号〔〕，例如 X市监强制〔2026〕3号'

describe('formatDocumentNumber', () => {
  it('writes prefix〔year〕serial号 with U+3014/U+3015', () => {
    const text = formatDocumentNumber({ prefix: 'X市监强制', year: 2026, serial: 3 })
    expect(text).toBe('X市监强制〔2026〕3号')
    expect(text).toContain('\u30142026\u3015')
  })

  it('round-trips through parseDocumentNumber', () => {
    const parts = { prefix: '国发', year: 2012, serial: 1 }
    expect(parseDocumentNumber(formatDocumentNumber(parts))).toEqual({ ok: true, ...parts })
    expect(formatDocumentNumber({ prefix: 'X市监处罚', year: 1990, serial: 120 })).toBe('X市监处罚〔1990〕120号')
    expect(formatDocumentNumber({ prefix: 'X市监处罚', year: 2100, serial: 1 })).toBe('X市监处罚〔2100〕1号')
  })

  it.each([
    [{ prefix: '', year: 2026, serial: 3 }, '文号缺少机关代字'],
    [{ prefix: 'X市 监', year: 2026, serial: 3 }, '文号中不能有空格'],
    [{ prefix: 'X〔2025〕', year: 2026, serial: 3 }, '文号格式不对'],
    [{ prefix: 'X市监', year: 26, serial: 3 }, '年份应为4位阿拉伯数字'],
    [{ prefix: 'X市监', year: 1989, serial: 3 }, '年份应在1990年至2100年之间'],
    [{ prefix: 'X市监', year: 2101, serial: 3 }, '年份应在1990年至2100年之间'],
    [{ prefix: 'X市监', year: 2026.5, serial: 3 }, '年份应为4位阿拉伯数字'],
    [{ prefix: 'X市监', year: 2026, serial: 0 }, '序号应从1开始'],
    [{ prefix: 'X市监', year: 2026, serial: -3 }, '序号应为阿拉伯数字'],
    [{ prefix: 'X市监', year: 2026, serial: 3.5 }, '序号应为阿拉伯数字'],
  ])('refuses %j', (parts, message) => {
    expect(() => formatDocumentNumber(parts)).toThrow(RangeError)
    expect(() => formatDocumentNumber(parts)).toThrow(message)
  })
})

describe('parseDocumentNumber: accepted', () => {
  it.each([
    ['X市监强制〔2026〕3号', 'X市监强制', 2026, 3],
    ['国发〔2012〕1号', '国发', 2012, 1],
    ['国市监信规〔2021〕3号', '国市监信规', 2021, 3],
    ['X市监处罚〔2025〕1024号', 'X市监处罚', 2025, 1024],
    ['X〔1990〕10号', 'X', 1990, 10],
  ])('%s', (text, prefix, year, serial) => {
    expect(parseDocumentNumber(text)).toEqual({ ok: true, prefix, year, serial })
  })
})

describe('parseDocumentNumber: refused', () => {
  it.each([
    ['X市监强制[2026]3号', BRACKETS],
    ['X市监强制(2026)3号', BRACKETS],
    ['X市监强制（2026）3号', BRACKETS],
    ['X市监强制【2026】3号', BRACKETS],
    ['X市监强制［2026］3号', BRACKETS],
    ['X市监强制〔2026]3号', BRACKETS],
    ['X市监强制(2026〕3号', BRACKETS],
    ['X市监强制（2026）〔2026〕3号', BRACKETS],
    ['X市监强制2026 3号', '文号中不能有空格，例如 X市监强制〔2026〕3号'],
    ['X市监强制20263号', '文号格式不对，应为 机关代字〔年份〕序号，例如 X市监强制〔2026〕3号'],
    ['X市监强制〔2026〕〔2026〕3号', '文号格式不对，应为 机关代字〔年份〕序号，例如 X市监强制〔2026〕3号'],
    ['', '请填写文号，例如 X市监强制〔2026〕3号'],
    ['〔2026〕3号', '文号缺少机关代字，例如 X市监强制〔2026〕3号'],
    ['X市 监强制〔2026〕3号', '文号中不能有空格，例如 X市监强制〔2026〕3号'],
    [' X市监强制〔2026〕3号', '文号中不能有空格，例如 X市监强制〔2026〕3号'],
    ['X市监强制〔2026〕3号\n', '文号中不能有空格，例如 X市监强制〔2026〕3号'],
    ['X市监强制〔26〕3号', '年份应为4位阿拉伯数字，例如〔2026〕'],
    ['X市监强制〔二〇二六〕3号', '年份应为4位阿拉伯数字，例如〔2026〕'],
    ['X市监强制〔２０２６〕3号', '年份应为4位阿拉伯数字，例如〔2026〕'],
    ['X市监强制〔20260〕3号', '年份应为4位阿拉伯数字，例如〔2026〕'],
    ['X市监强制〔1989〕3号', '年份应在1990年至2100年之间'],
    ['X市监强制〔2101〕3号', '年份应在1990年至2100年之间'],
    ['X市监强制〔2026〕3', '文号应以“号”结尾，例如 X市监强制〔2026〕3号'],
    ['X市监强制〔2026〕3号文', '文号应以“号”结尾，例如 X市监强制〔2026〕3号'],
    ['X市监强制〔2026〕第3号', '序号前不要写“第”，例如写 3号 而不是 第3号'],
    ['X市监强制〔2026〕号', '序号应为阿拉伯数字，例如 3号'],
    ['X市监强制〔2026〕三号', '序号应为阿拉伯数字，例如 3号'],
    ['X市监强制〔2026〕-3号', '序号应为阿拉伯数字，例如 3号'],
    ['X市监强制〔2026〕3.5号', '序号应为阿拉伯数字，例如 3号'],
    ['X市监强制〔2026〕3号号', '序号应为阿拉伯数字，例如 3号'],
    ['X市监强制〔2026〕0号', '序号应从1开始'],
    ['X市监强制〔2026〕00号', '序号应从1开始'],
    ['X市监强制〔2026〕01号', '序号前不要补零，例如写 1号 而不是 01号'],
    ['X市监强制〔2026〕003号', '序号前不要补零，例如写 1号 而不是 01号'],
    ['X市监强制〔2026〕99999999999999999999号', '序号过大'],
  ])('%j', (text, message) => {
    expect(parseDocumentNumber(text)).toEqual({ ok: false, message })
  })

  it('refuses a value that is not a string at run time', () => {
    expect(parseDocumentNumber(3 as unknown as string)).toEqual({ ok: false, message: '请填写文号，例如 X市监强制〔2026〕3号' })
  })
})

describe('documentNumberSchema', () => {
  it('trims, then accepts a valid 文号', () => {
    expect(documentNumberSchema.parse('  X市监强制〔2026〕3号 ')).toBe('X市监强制〔2026〕3号')
  })

  it('reports the parser message', () => {
    const result = documentNumberSchema.safeParse('X市监强制（2026）3号')
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message)).toEqual([BRACKETS])
    expect(documentNumberSchema.safeParse('X市监强制〔2026〕01号').error?.issues[0]?.message).toBe('序号前不要补零，例如写 1号 而不是 01号')
  })

  it('refuses blank and non-string input', () => {
    expect(documentNumberSchema.safeParse('   ').error?.issues[0]?.message).toBe('请填写文号，例如 X市监强制〔2026〕3号')
    expect(documentNumberSchema.safeParse(2026).error?.issues[0]?.message).toBe('文号应为文字')
  })
})

describe('fixDocumentNumberBrackets', () => {
  it('turns the brackets a keyboard has into 〔〕 around the year, and drops blanks', () => {
    expect(fixDocumentNumberBrackets('X市监强制[2026]3号')).toBe('X市监强制〔2026〕3号')
    expect(fixDocumentNumberBrackets('X市监强制（2026）3号')).toBe('X市监强制〔2026〕3号')
    expect(fixDocumentNumberBrackets(' X市监强制【2026】 3号')).toBe('X市监强制〔2026〕3号')
    expect(fixDocumentNumberBrackets('X市监强制〔2026〕3号')).toBe('X市监强制〔2026〕3号')
    // Full-width digits from an IME in full-width mode, as quantities already accept them.
    expect(fixDocumentNumberBrackets('某市监［２０２６］１２号')).toBe('某市监〔2026〕12号')
    expect(fixDocumentNumberBrackets('某市监[2026]12号')).toBe('某市监〔2026〕12号')
    // Not a year: left for the check to explain.
    expect(fixDocumentNumberBrackets('X市监强制(26)3号')).toBe('X市监强制(26)3号')
  })
})
