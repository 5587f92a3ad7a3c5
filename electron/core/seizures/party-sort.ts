import { pinyin } from 'pinyin-pro'
import type { PartyType } from '../../../shared/domain/seizures'

// 当事人 sorts by pinyin, as a clerk looks a name up, not by code point. SQLite has no ICU collation, so each
// seizure keeps this key in `party_sort` (recomputed with its other cached columns in derived.ts) and the list
// orders by it. The key is the name's syllables with their tone (zhang1 san1), words in Latin letters or digits
// lower-cased as they stand, a space between; then a tab and the name itself, so that names reading the same
// (张伟, 章伟) keep apart in code-point order and a shorter name comes before a longer one it begins.
// A natural person's first character is read as a surname (曾 zeng, 单 shan).

export function partySortKey(name: string, type: PartyType): string {
  const syllables = pinyin(name, { toneType: 'num', type: 'array', nonZh: 'consecutive', surname: type === 'natural_person' ? 'head' : 'off', v: true })
  const key = syllables
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '')
    .join(' ')
  return `${key}\t${name}`
}
