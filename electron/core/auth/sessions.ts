import { randomBytes } from 'node:crypto'

interface Session {
  userId: string
  createdAt: number
  lastSeenAt: number
}

/** Sessions live in memory: they end on logout and when the app or host exits. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()

  create(userId: string): string {
    const token = randomBytes(32).toString('base64url')
    const now = Date.now()
    this.sessions.set(token, { userId, createdAt: now, lastSeenAt: now })
    return token
  }

  /** The user id behind a token, refreshing its last-seen time; null when unknown. */
  touch(token: string | null): string | null {
    if (!token) return null
    const s = this.sessions.get(token)
    if (!s) return null
    s.lastSeenAt = Date.now()
    return s.userId
  }

  end(token: string | null): void {
    if (token) this.sessions.delete(token)
  }

  clear(): void {
    this.sessions.clear()
  }
}
