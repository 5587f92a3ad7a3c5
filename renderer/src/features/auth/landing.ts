// Where a window goes after a sign-in: the page it shows, if the same user was last signed in here (a reload, a
// session that ended and was signed in again); 工作台 for anyone else, who should not land on the previous
// user's page (a clerk after an admin saw 无权访问 first).

const LAST_USER = 'taizhang.lastUser'

export function landFor(userId: string): void {
  let last: string | null = null
  try {
    last = window.sessionStorage.getItem(LAST_USER)
    window.sessionStorage.setItem(LAST_USER, userId)
  } catch {
    // No storage: treat as someone new.
  }
  if (last !== userId && window.location.hash !== '' && window.location.hash !== '#/') window.location.hash = '#/'
}
