import { textWidthInChars } from '../../../shared/rules/text-width'

// 机关署名 over 成文日期 under a seal (GB/T 9704 §7.3.5.1): the date four characters in from the right, the
// agency's name centred on it. Both lines are centred on one centre tab stop, so the name sits on the date's
// centre as the reader lays the date out, however wide its digits come out (LibreOffice always adds space
// between digits and Chinese; Word does not here), instead of on a centre worked out from a width guessed
// beforehand.

/**
 * The centre tab's position, in twips from the left of `widthTwips`: the centre of the date when it ends
 * `rightChars` characters from the right, moved left when the name would otherwise run past the right edge.
 */
export function sealCentreTwips(agencyName: string, date: string, o: { widthTwips: number; charTwips: number; rightChars?: number }): number {
  const { widthTwips, charTwips, rightChars = 4 } = o
  const centre = widthTwips - rightChars * charTwips - (textWidthInChars(date) * charTwips) / 2
  return Math.round(Math.min(centre, widthTwips - (textWidthInChars(agencyName) * charTwips) / 2))
}
