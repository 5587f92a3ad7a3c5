import { randomBytes } from 'node:crypto'

interface Session {
  userId: string
  createdAt: number
  lastSeenAt: number
}

export type SessionLookup = { userId: string } | { expired: true } | null

/** Sessions live in memory: they end on logout, after the idle time, and when the app or host exits. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()

  create(userId: string, now: number): string {
    const token = randomBytes(32).toString('base64url')
    this.sessions.set(token, { userId, createdAt: now, lastSeenAt: now })
    return token
  }

  /** The user behind a token, refreshing its last-seen time; an idle session ends here. */
  touch(token: string | null, now: number, idleMs: number): SessionLookup {
    if (!token) return null
    const s = this.sessions.get(token)
    if (!s) return null
    if (now - s.lastSeenAt > idleMs) {
      this.sessions.delete(token)
      return { expired: true }
    }
    s.lastSeenAt = now
    return { userId: s.userId }
  }

  /** Whether a token names a session (idle or not: the call itself still checks it fully). */
  has(token: string | null): boolean {
    return token !== null && this.sessions.has(token)
  }

  end(token: string | null): void {
    if (token) this.sessions.delete(token)
  }

  /** Ends every session of one user (disabled, voided, password reset), except `keep`. */
  endUser(userId: string, keep: string | null = null): void {
    for (const [token, s] of this.sessions) if (s.userId === userId && token !== keep) this.sessions.delete(token)
  }

  clear(): void {
    this.sessions.clear()
  }
}
