import { describe, expect, it } from 'vitest'
import { formatScaled, parseScaled } from '../../../shared/rules/decimal'

describe('exact decimals', () => {
  it('parses to scaled integers without floating-point error', () => {
    expect(parseScaled('12.5', 3)).toEqual({ ok: true, value: 12_500 })
    expect(parseScaled('0.001', 3)).toEqual({ ok: true, value: 1 })
    expect(parseScaled('1,200.50', 2)).toEqual({ ok: true, value: 120_050 })
    expect(parseScaled('０.１', 2)).toEqual({ ok: true, value: 10 })
    expect(parseScaled('１２．５', 3)).toEqual({ ok: true, value: 12_500 })
    expect(parseScaled('.5', 3)).toEqual({ ok: true, value: 500 })
    expect(parseScaled('7.', 3)).toEqual({ ok: true, value: 7000 })
    // 0.1 + 0.2 in floats is 0.30000000000000004; here each is exact.
    const a = parseScaled('0.1', 3)
    const b = parseScaled('0.2', 3)
    expect(a.ok && b.ok && a.value + b.value).toBe(300)
  })

  it('refuses signs, exponents, extra decimals and huge values with a message', () => {
    expect(parseScaled('-1', 3)).toMatchObject({ ok: false, message: '数值应为不带符号的数字，如 12 或 12.5' })
    expect(parseScaled('1e3', 3, '数量')).toMatchObject({ ok: false })
    expect(parseScaled('1.2345', 3, '数量')).toEqual({ ok: false, message: '数量最多3位小数' })
    expect(parseScaled('1.5', 0, '行数')).toEqual({ ok: false, message: '行数应为整数' })
    expect(parseScaled('', 3, '数量')).toEqual({ ok: false, message: '请填写数量' })
    expect(parseScaled('99999999999999999', 3)).toMatchObject({ ok: false, message: '数值过大' })
  })

  it('formats back, dropping trailing zeros unless asked to keep them', () => {
    expect(formatScaled(12_500, 3)).toBe('12.5')
    expect(formatScaled(1, 3)).toBe('0.001')
    expect(formatScaled(120_000, 3)).toBe('120')
    expect(formatScaled(120_050, 2, 2)).toBe('1200.50')
    expect(formatScaled(5, 2, 2)).toBe('0.05')
  })
})

describe('money as people read it', () => {
  it('is one format: thousands separated, two decimals', async () => {
    const { formatYuan } = await import('../../../shared/rules/decimal')
    expect(formatYuan(3_600_000)).toBe('36,000.00')
    expect(formatYuan(5_250_000)).toBe('52,500.00')
    expect(formatYuan(720_000)).toBe('7,200.00')
    expect(formatYuan(5)).toBe('0.05')
    expect(formatYuan(123_456_789_012)).toBe('1,234,567,890.12')
    expect(formatYuan(-150_000)).toBe('-1,500.00')
  })
})
