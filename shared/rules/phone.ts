import { toHalfWidth } from './half-width'

// A contact phone as a station's register keeps it: a mobile (11 digits, 1[3-9]…) or a landline with its area
// code (0591-87654321, 0591 87654321, (0591)87654321, with an optional extension -123). Written back in one form.

export type PhoneCheck = { ok: true; value: string; kind: 'mobile' | 'landline' } | { ok: false; message: string }

export function checkPhone(input: string): PhoneCheck {
  const s = toHalfWidth(input).replace(/[－—–]/g, '-').replace(/（/g, '(').replace(/）/g, ')').trim()
  const digits = s.replace(/[\s-]/g, '')
  if (/^1[3-9]\d{9}$/.test(digits)) return { ok: true, value: digits, kind: 'mobile' }
  const land = /^\(?(0\d{2,3})\)?[\s-]?(\d{7,8})(?:[\s-]?(?:转|ext\.?|-)?\s*(\d{1,6}))?$/i.exec(s)
  if (land) return { ok: true, value: `${land[1]}-${land[2]}${land[3] ? `-${land[3]}` : ''}`, kind: 'landline' }
  if (/^\d{7,8}$/.test(digits)) return { ok: false, message: '固定电话请加区号，例如 0591-87654321' }
  if (/^1\d+$/.test(digits)) return { ok: false, message: '手机号码应为11位，以13–19开头' }
  return { ok: false, message: '电话应为11位手机号码或带区号的固定电话，例如 13812345678、0591-87654321' }
}
