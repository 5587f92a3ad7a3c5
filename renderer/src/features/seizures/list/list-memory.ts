// The register list as the user last had it (search, filters, page), so 返回列表 from a record opens that list
// whatever the way to the record was (from the list, from 工作台, right after registering it).

const KEY = 'taizhang.seizureList'

export function rememberListQuery(search: string): void {
  try {
    window.sessionStorage.setItem(KEY, search)
  } catch {
    // No storage: 返回列表 opens the plain list.
  }
}

/** `/seizures?q=…` as last seen, or the plain list. */
export function listPath(): string {
  let search: string
  try {
    search = window.sessionStorage.getItem(KEY) ?? ''
  } catch {
    search = ''
  }
  return `/seizures${search.startsWith('?') ? search : ''}`
}
