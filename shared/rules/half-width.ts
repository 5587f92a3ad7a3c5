/**
 * Full-width ASCII letters and digits (typed with the IME in full-width mode) as ordinary ones:
 * U+FF10–FF19 ０–９, U+FF21–FF3A Ａ–Ｚ and U+FF41–FF5A ａ–ｚ sit 0xFEE0 above their ASCII forms.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}
