// How wide text prints, in 字, for laying out what must line up in a document.

/**
 * Advance widths of printable ASCII (space to ~) in Times New Roman, in thousandths of an em: digits and Latin
 * text are set in it. Read from Liberation Serif, which is metric-compatible with it (and what LibreOffice
 * draws in its place).
 */
const LATIN_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
]

/**
 * Display width in 字 (ems of the text's size): Chinese characters and full-width forms take one, digits and
 * Latin letters their Times New Roman width (a digit half a character). Used to place and size what must line
 * up: signature blocks, column widths, title lines.
 */
export function textWidthInChars(text: string): number {
  let w = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c >= 0x20 && c < 0x7f) w += LATIN_WIDTHS[c - 0x20]! / 1000
    else if (c < 0x20) continue
    // Accented Latin and the like, between the narrow ASCII letters and a full character.
    else if (c < 0x2000) w += 0.6
    else w += 1
  }
  return w
}
