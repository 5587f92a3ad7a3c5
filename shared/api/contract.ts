import type { z } from 'zod'
import type { Role } from '../domain/roles'

/**
 * Who may call an operation (the rules themselves are one table: `permissions.ts`):
 * - 'public': anyone, no session (app.info, login);
 * - 'setup': only while no account exists yet (first-run setup);
 * - 'self': any signed-in user, even one who must change the password first (me, logout, change password);
 * - 'session': any signed-in user whose password is not pending a change;
 * - a list of roles: such a user holding at least one of them.
 */
export type Access = 'public' | 'setup' | 'self' | 'session' | readonly Role[]

export interface OperationDef<I extends z.ZodType = z.ZodType, O = unknown> {
  /** One line, Chinese, for the self-describing API. */
  readonly summary: string
  /** Mutations write an audit entry in the same transaction. */
  readonly mutates: boolean
  readonly input: I
  /**
   * Runs outside the call's transaction (a database backup or restore cannot run inside one; a long read runs
   * in the read worker on a connection of its own; a document made from a record is built there between two
   * short transactions); the handler then takes care of its own atomicity, and its audit entry is written in a
   * transaction of its own (or, by `auditIn`, in the handler's).
   */
  readonly outsideTransaction?: boolean
  /**
   * Carries a file: the web host reads a request body up to this many bytes, and only once the session cookie
   * names a live session; every other call is held to DEFAULT_BODY_BYTES, read with the token alone.
   */
  readonly bodyLimit?: number
  /** Phantom: carries the result type; never set at run time. */
  readonly __result?: O
}

/** Declares one operation: `defineOperation<Result>()({ summary, mutates, input })`; who may call it is in `permissions.ts`. */
export const defineOperation =
  <O>() =>
  <I extends z.ZodType>(def: Omit<OperationDef<I, O>, '__result'>): OperationDef<I, O> =>
    def

/**
 * Largest JSON body of a call that carries no file. The largest real input is a 500-line seizure with every
 * text at its limit, well under 1 MB (tests/unit/webhost/body-limits.test.ts builds it); the rest is headroom.
 */
export const DEFAULT_BODY_BYTES = 4 * 1024 * 1024

/** The body limit of a call carrying one file of up to `fileBytes`: base64 is a third longer, plus 1 MB for the rest (a thumbnail, the other fields). */
export const bodyLimitFor = (fileBytes: number): number => Math.ceil(fileBytes / 3) * 4 + 1024 * 1024
