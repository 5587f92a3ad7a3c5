// What a new password must not be, beyond its length (shared/api/auth.ts): the login itself, a password from
// the lists every guesser tries first, or a trivial pattern. Compared as the hash sees it — NFKC, so a
// full-width ｐａｓｓｗｏｒｄ is password — and without regard to case.

/** The most used passwords of leaked lists (international and Chinese sites), 8 characters or more. */
const COMMON = new Set([
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'iloveyou', 'sunshine', 'princess',
  'football', 'baseball', 'welcome1', 'welcome123', 'admin123', 'admin888', 'admin1234', 'administrator', 'qwerty123',
  'qwertyuiop', 'qwer1234', 'asdf1234', 'zxcv1234', '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', 'qazwsxedc', 'zaq12wsx',
  'abc12345', 'abcd1234', 'abc123456', 'a1234567', 'a12345678', 'a123456789', 'aa123456', 'aa12345678', 'woaini1314',
  'woaini520', '5201314520', 'iloveyou1', 'trustno1', 'superman', 'starwars', 'whatever', 'computer', 'internet',
  'changeme', 'letmein1', 'master123', 'dragon123', 'monkey123', 'shadow123', 'michael1', 'jennifer', 'charlie1',
  'taizhang', 'taizhang123', 'shijian123', 'gongshang', 'gongshang123', 'scjg1234', 'scjgj123', '88888888',
  '11111111', '00000000', '12341234', '11223344', '12344321', '123123123', '147258369', '159357456', '741852963',
  '987654321', '1234567890', '0123456789', '520520520', '13141314', '31415926', '66666666', '99999999',
])

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz']

/** Every character the same, or a run along the alphabet, the digits or a keyboard row, forwards or back. */
function trivial(p: string): boolean {
  if (new Set(p).size <= 2) return true
  return ROWS.some((row) => {
    const twice = row + row
    return twice.includes(p) || [...twice].reverse().join('').includes(p)
  })
}

/** NFKC, as hashed; no case. */
const plain = (s: string) => s.normalize('NFKC').toLowerCase()

/** Why `password` may not be set for `login`, in the words shown under the field; null when it may. */
export function passwordProblem(password: string, login: string): string | null {
  const p = plain(password)
  if (p.trim() === '') return '密码不能全是空格'
  if (p === plain(login) || p.replace(/\d+$/, '') === plain(login)) return '密码不能与登录名相同或只在登录名后加数字'
  if (COMMON.has(p) || trivial(p)) return '密码过于常见或简单（如 12345678、password、qwertyui），请换一个'
  return null
}
