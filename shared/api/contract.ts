import type { z } from 'zod'
import type { Role } from '../domain/roles'

/**
 * Who may call an operation:
 * - 'public': anyone, no session (app.info, login);
 * - 'setup': only while no account exists yet (first-run setup);
 * - 'session': any signed-in user;
 * - a list of roles: a signed-in user holding at least one of them.
 */
export type Access = 'public' | 'setup' | 'session' | readonly Role[]

export interface OperationDef<I extends z.ZodType = z.ZodType, O = unknown> {
  /** One line, Chinese, for the self-describing API. */
  readonly summary: string
  readonly access: Access
  /** Mutations write an audit entry in the same transaction. */
  readonly mutates: boolean
  readonly input: I
  /** Phantom: carries the result type; never set at run time. */
  readonly __result?: O
}

/** Declares one operation: `defineOperation<Result>()({ summary, access, mutates, input })`. */
export const defineOperation =
  <O>() =>
  <I extends z.ZodType>(def: Omit<OperationDef<I, O>, '__result'>): OperationDef<I, O> =>
    def
