// Results cross every transport as data: Electron mangles thrown errors over IPC, and HTTP clients
// need a stable shape. `message` is Chinese and fit to show a clerk.
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'STATE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'STORAGE',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppErrorData {
  code: ErrorCode
  message: string
  /** Field path (dot-joined) → Chinese message, for forms. */
  fields?: Record<string, string>
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorData }

/** HTTP status for each code, so scripts calling the web host can branch on status alone. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STATE: 409,
  STORAGE: 500,
  INTERNAL: 500,
}
