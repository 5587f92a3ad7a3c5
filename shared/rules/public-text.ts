import { toHalfWidth } from './half-width'
import { maskAddress, maskText, maskTextKeeping, type PublicParty } from './mask'

// Free text of a case as anything published prints it — the 公示's 违法事实 and each section of a 典型案例 — in
// one place, so the writer's preview (renderer) and the document (core) cannot differ.

type Party = Pick<PublicParty, 'type' | 'name' | 'address' | 'phone' | 'idNo'>

export interface PublicTextOptions {
  /** A natural person's own name as 张某某 (典型案例 by default; the 公示 keeps it, DOMAIN.md). */
  ownName?: boolean
  /** Numbers the writer confirmed as meant to be published (maskTextKeeping; never an ID number). */
  keep?: readonly string[]
  /** Third persons named in the text (witnesses, buyers, staff): each becomes 张某某. */
  names?: readonly string[]
}

/**
 * A natural person's home address cut to its street level, every ID number, account and phone masked, the
 * third persons' names and (with `ownName`) the person's own name as 张某某.
 */
export function publicCaseText(c: { party: Party }, text: string, { ownName = false, keep = [], names = [] }: PublicTextOptions = {}): string {
  const person = c.party.type === 'natural_person'
  const home = person ? c.party.address.trim() : ''
  const cut = home ? text.split(home).join(maskAddress(home)) : text
  const all = [...(ownName && person ? [c.party.name] : []), ...names]
  return keep.length > 0 ? maskTextKeeping(cut, all, keep) : maskText(cut, all)
}

/** The sections of a 典型案例 as published: confirmations keep the office's numbers, never the party's own. */
export function publishedSections<T extends Record<S, string>, S extends string>(
  c: { party: Party },
  text: T,
  sections: readonly S[],
  { maskOwnName, confirmed, persons }: { maskOwnName: boolean; confirmed: readonly string[]; persons: readonly string[] },
): T {
  const own = new Set([c.party.phone, c.party.idNo].map((v) => toHalfWidth(v.trim())).filter(Boolean))
  const keep = confirmed.filter((x) => !own.has(toHalfWidth(x)))
  const out = { ...text }
  for (const s of sections) out[s] = publicCaseText(c, text[s], { ownName: maskOwnName, keep, names: persons }) as T[S]
  return out
}
