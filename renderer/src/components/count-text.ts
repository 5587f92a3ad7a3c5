/** A list's count as a clerk reads it: counted to a bound, beyond which the core says only that there are more. */
export const countText = (total: number, capped: boolean): string => (capped ? `${total}+` : String(total))
