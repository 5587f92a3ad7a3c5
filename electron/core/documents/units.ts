// Word measures: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes.

export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4)
export const twipToMm = (twips: number): number => (twips * 25.4) / 1440
export const ptToTwip = (pt: number): number => Math.round(pt * 20)
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2)

/** Chinese type sizes (字号) in points. */
export const ZIHAO = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
} as const

export { textWidthInChars } from '../../../shared/rules/text-width'
