import { AppError } from '../errors'
import { passwordProblem } from '../../../shared/rules/password-policy'
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt from node:crypto: memory-hard, no native dependency. Parameters are stored with each hash so
// they can be raised later without breaking existing accounts.
const LOG_N = 15
const R = 8
const P = 1
const KEY_LEN = 32

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password.normalize('NFKC'), salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  )

const optionsFor = (logN: number, r: number, p: number): ScryptOptions => ({
  N: 2 ** logN,
  r,
  p,
  maxmem: 256 * 2 ** logN * r,
})

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, KEY_LEN, optionsFor(LOG_N, R, P))
  return ['scrypt', LOG_N, R, P, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, logN, r, p, saltB64, keyB64] = stored.split('$')
  if (kind !== 'scrypt' || !saltB64 || !keyB64) return false
  const expected = Buffer.from(keyB64, 'base64')
  const actual = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, optionsFor(Number(logN), Number(r), Number(p)))
  return timingSafeEqual(actual, expected)
}

/** A hash of nothing, compared against when the login is unknown so both paths take the same time. */
export const DUMMY_HASH = ['scrypt', LOG_N, R, P, Buffer.alloc(16).toString('base64'), Buffer.alloc(KEY_LEN).toString('base64')].join('$')

/** Refuses, under `field`, a password that is the login, a common one or a trivial pattern (shared/rules/password-policy.ts). */
export function refuseWeakPassword(login: string, password: string, field: string): void {
  const problem = passwordProblem(password, login)
  if (problem) throw new AppError('VALIDATION', problem, { [field]: problem })
}
