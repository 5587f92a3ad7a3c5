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
  /** Phantom: carries the result type; never set at run time. */
  readonly __result?: O
}

/** Declares one operation: `defineOperation<Result>()({ summary, mutates, input })`; who may call it is in `permissions.ts`. */
export const defineOperation =
  <O>() =>
  <I extends z.ZodType>(def: Omit<OperationDef<I, O>, '__result'>): OperationDef<I, O> =>
    def
