// Characters a record's text may not hold. XML 1.0 (and so Word, WPS and Excel) has no place for C0 control
// characters other than tab, line feed and carriage return, nor for U+FFFE/U+FFFF: a .docx or .xlsx holding
// one will not open. A lone surrogate half is not a character at all; SQLite would store it as U+FFFD, so the
// record would silently differ from what was typed. NUL also cuts SQLite's text functions short.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
// eslint-disable-next-line no-control-regex -- as above
const UNUSABLE_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** True when every character of `s` can be stored as typed and written into a Word or Excel file. */
export const isUsableText = (s: string): boolean => !UNUSABLE.test(s) && !LONE_SURROGATE.test(s)

/**
 * Text made writable into a Word or Excel file: unusable characters are dropped (a lone surrogate half becomes
 * U+FFFD, as any UTF-8 encoder would make it). New input is refused at the contract; this guards what is
 * already stored and what a document's own wording brings.
 */
export const officeText = (s: string): string =>
  (LONE_SURROGATE.test(s) ? s.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD') : s).replace(UNUSABLE_ALL, '')

/** True when `s` holds no line break or tab: what a one-line field (a name, an address) may hold. */
export const isOneLine = (s: string): boolean => !/[\r\n\t\u2028\u2029]/.test(s)
