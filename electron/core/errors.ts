import type { AppErrorData, ErrorCode } from '../../shared/api/errors'

/** An expected refusal with a Chinese message; crosses transports as `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }

  toData(): AppErrorData {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}

/**
 * A refusal whose writes are still committed: a failed login records the attempt (and may lock the
 * account) even though the caller gets an error.
 */
export class RefusalWithRecord extends AppError {}
