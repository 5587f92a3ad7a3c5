import { toHalfWidth } from './half-width'

// The one masking function for anything published (行政处罚信息公示, 典型案例): DOMAIN.md part 2 §3 — a natural
// person's ID number keeps its first 6 and last 4, a phone hides its middle 4, a home address is kept to the
// county and street (镇、乡、街道) level, a bank account keeps its last 4, a third person's name becomes 张某某.
// Free text (违法事实, 案情简介) is searched for ID numbers, phones and account numbers as well, so none reaches a
// public document through a sentence.

const STAR = '*'

/** 350102199003071234 → 350102********1234 (an 18- or 15-character number); other text as it is. */
export function maskIdNumber(id: string): string {
  const s = toHalfWidth(id).trim()
  if (!/^\d{15}$|^\d{17}[\dXx]$/.test(s)) return s.length > 4 ? STAR.repeat(s.length - 4) + s.slice(-4) : s
  return s.slice(0, 6) + STAR.repeat(s.length - 10) + s.slice(-4)
}

/** 13812345678 → 138****5678; a landline 0591-87654321 → 0591-****4321 (the area code stays). */
export function maskPhone(phone: string): string {
  const s = toHalfWidth(phone).trim()
  const digits = s.replace(/\D/g, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  const landline = /^(\(?0\d{2,3}\)?[- ]?)(\d{7,8})$/.exec(s)
  if (landline) return `${landline[1]}${STAR.repeat(landline[2]!.length - 4)}${landline[2]!.slice(-4)}`
  return digits.length > 4 ? STAR.repeat(digits.length - 4) + digits.slice(-4) : STAR.repeat(digits.length)
}

/** 6222020200012345678 → ***************5678. */
export function maskBankAccount(account: string): string {
  const digits = toHalfWidth(account).replace(/\D/g, '')
  return digits.length > 4 ? STAR.repeat(digits.length - 4) + digits.slice(-4) : STAR.repeat(digits.length)
}

// Where an address stops being public: after the street-level unit, else after the county-level one.
const STREET_LEVEL = /^(.*?(?:街道|镇|乡))/
const COUNTY_LEVEL = /^(.*?(?:自治县|县|区|市|旗))/

/** 测试县城关镇人民路88号3栋502室 → 测试县城关镇; 某市某区幸福路1号 → 某市某区. A home address only. */
export function maskAddress(address: string): string {
  const s = address.trim()
  if (s === '') return ''
  const kept = STREET_LEVEL.exec(s)?.[1] ?? COUNTY_LEVEL.exec(s)?.[1] ?? ''
  return kept === s ? s : `${kept}***`
}

// Two-character surnames common enough to read as one (欧阳某某, not 欧某某).
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木', '南宫', '西门', '轩辕', '独孤', '百里']

/** 张三丰 → 张某某; 欧阳娜娜 → 欧阳某某; a name of one character stays a surname + 某某. */
export function maskPersonName(name: string): string {
  const s = name.trim()
  if (s === '') return ''
  const surname = COMPOUND_SURNAMES.find((c) => s.startsWith(c) && s.length > 2) ?? s.slice(0, 1)
  return `${surname}某某`
}

// In running text: an 18/15-digit ID number, an 11-digit mobile, a 16–19 digit account, a landline with area code.
const ID_IN_TEXT = /(?<![\dA-Za-z])(\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g
const ACCOUNT_IN_TEXT = /(?<!\d)(\d{16,19})(?!\d)/g
const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d{9})(?!\d)/g
const LANDLINE_IN_TEXT = /(?<!\d)(0\d{2,3}-\d{7,8})(?!\d)/g

/** Masks every ID number, account, phone in a text, and each name in `names` (third persons). */
export function maskText(text: string, names: readonly string[] = []): string {
  let s = toHalfWidth(text)
  s = s.replace(ID_IN_TEXT, (m) => (m.length === 18 || m.length === 15 ? maskIdNumber(m) : m))
  s = s.replace(ACCOUNT_IN_TEXT, (m) => maskBankAccount(m))
  s = s.replace(MOBILE_IN_TEXT, (m) => maskPhone(m))
  s = s.replace(LANDLINE_IN_TEXT, (m) => maskPhone(m))
  // Longest first, so 张三丰 is masked whole before a shorter 张三 would cut it.
  for (const n of [...names].filter((x) => x.trim().length > 0).sort((a, b) => b.length - a.length)) s = s.split(n.trim()).join(maskPersonName(n))
  return s
}

export interface PublicParty {
  type: 'enterprise' | 'individual_business' | 'natural_person' | 'other_org'
  name: string
  idNo: string
  legalRep: string
  address: string
  phone: string
}

/**
 * The party as a public document shows it: an organisation keeps its name, credit code, representative and
 * registered address (public register facts); a natural person keeps the name (the rule masks third persons;
 * whether to mask the party's own name is UNCONFIRMED, DOMAIN.md) and loses ID number digits, phone and home
 * address detail. A phone is never published.
 */
export function maskParty(p: PublicParty): PublicParty {
  if (p.type === 'natural_person') return { ...p, idNo: p.idNo ? maskIdNumber(p.idNo) : '', address: maskAddress(p.address), phone: p.phone ? maskPhone(p.phone) : '' }
  return { ...p, phone: p.phone ? maskPhone(p.phone) : '' }
}

export type PersonalDataKind = 'id_number' | 'bank_account' | 'mobile' | 'landline'
export const PERSONAL_DATA_KINDS: Record<PersonalDataKind, string> = { id_number: '身份证号码', bank_account: '银行账号', mobile: '手机号码', landline: '固定电话' }

/**
 * The ID numbers, accounts and phones in a text, as maskText would find them (each once, in order): what a
 * writer is warned of before a text for publication is submitted.
 */
export function findPersonalData(text: string): { kind: PersonalDataKind; text: string }[] {
  const s = toHalfWidth(text)
  const found: { kind: PersonalDataKind; text: string; at: number }[] = []
  const taken: [number, number][] = []
  const scan = (re: RegExp, kind: PersonalDataKind) => {
    for (const m of s.matchAll(new RegExp(re.source, 'g'))) {
      const at = m.index ?? 0
      const end = at + m[0].length
      // An ID number is not reported again as an account number.
      if (taken.some(([a, b]) => at < b && end > a)) continue
      taken.push([at, end])
      found.push({ kind, text: m[0], at })
    }
  }
  scan(ID_IN_TEXT, 'id_number')
  scan(ACCOUNT_IN_TEXT, 'bank_account')
  scan(MOBILE_IN_TEXT, 'mobile')
  scan(LANDLINE_IN_TEXT, 'landline')
  const seen = new Set<string>()
  return found
    .sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(f.text) && seen.add(f.text))
    .map(({ kind, text: t }) => ({ kind, text: t }))
}

/**
 * maskText, but the numbers in `keep` (what the writer confirmed as meant to be published: the office's own
 * 12315 line, a product's batch number read as an account) stay as written. An ID number is masked even when
 * confirmed: no published text shows one.
 */
export function maskTextKeeping(text: string, names: readonly string[], keep: readonly string[]): string {
  const ids = new Set(findPersonalData(keep.join('\n')).filter((f) => f.kind === 'id_number').map((f) => f.text))
  // Each kept number stands aside as one private-use character, which no pattern above matches.
  const kept = [...new Set(keep.map(toHalfWidth))].filter((k) => k.length > 0 && !ids.has(k)).sort((a, b) => b.length - a.length).slice(0, 0x1000)
  let s = toHalfWidth(text)
  kept.forEach((k, i) => (s = s.split(k).join(String.fromCharCode(0xe000 + i))))
  s = maskText(s, names)
  kept.forEach((k, i) => (s = s.split(String.fromCharCode(0xe000 + i)).join(k)))
  return s
}
