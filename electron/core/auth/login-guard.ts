// Two defences against someone who can reach the sign-in but holds no password (issue 21, item 8):
// - each caller (a window, an admitted browser, a script with the token alone) may fail twice as often as locks
//   an account (a person who mistypes sees the lock, not this), then waits 1, 2, 4 … up to 60 seconds between
//   tries; a try inside the wait is answered at once, with no password check and no audit entry, the same for
//   every login name. Locking account after account from one window so takes minutes each;
// - a caller where an account signed in earlier in this run lifts that account's lock with the right password,
//   so a stranger who locks an admin keeps them out only of windows they never used.
// Both live in memory: a restart forgets them (the account lock itself is in the database).

/** Failures are forgotten this long after a caller's last one. */
const FORGET_MS = 15 * 60_000
const MAX_WAIT_S = 60

export class LoginGuard {
  private readonly failures = new Map<string, { count: number; lastAt: number }>()
  private readonly trusted = new Set<string>()
  constructor(private readonly maxEntries = 1000) {}

  /** The seconds this caller must still wait before a try is checked, or 0. */
  waitSeconds(caller: string, now: number, freeTries: number): number {
    const f = this.failures.get(caller)
    if (!f) return 0
    if (now - f.lastAt > FORGET_MS) {
      this.failures.delete(caller)
      return 0
    }
    if (f.count < freeTries) return 0
    const wait = Math.min(2 ** (f.count - freeTries), MAX_WAIT_S) * 1000
    return Math.max(0, Math.ceil((f.lastAt + wait - now) / 1000))
  }

  failed(caller: string, now: number): void {
    const f = this.failures.get(caller)
    const count = f && now - f.lastAt <= FORGET_MS ? f.count + 1 : 1
    this.failures.delete(caller)
    this.failures.set(caller, { count, lastAt: now })
    if (this.failures.size > this.maxEntries) this.failures.delete(this.failures.keys().next().value!)
  }

  signedIn(caller: string, userId: string): void {
    this.failures.delete(caller)
    this.trusted.add(`${userId}\n${caller}`)
    if (this.trusted.size > this.maxEntries) this.trusted.delete(this.trusted.values().next().value!)
  }

  trusts(caller: string, userId: string): boolean {
    return this.trusted.has(`${userId}\n${caller}`)
  }
}

export const tooOftenMessage = (seconds: number) => `登录尝试过于频繁，请 ${seconds} 秒后再试`
