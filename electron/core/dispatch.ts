import type { z } from 'zod'
import type { Transaction } from 'kysely'
import type { Database } from './db/schema'
import { isOpName, operations, type OpName } from '../../shared/api'
import type { Access } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/errors'
import type { CurrentUser } from '../../shared/api/auth'
import { PERMISSIONS } from '../../shared/api/permissions'
import { formatLocalTime } from '../../shared/rules/local-time'
import { loadCurrentUser, countUsers } from './auth/users'
import { writeAudit } from './audit/write'
import { sealPending } from './audit/seals'
import { AppError, RefusalWithRecord } from './errors'
import type { CoreServices, Handler, HandlerAuditEntry, HandlerMap, TwoStepHandler } from './handler'
import { getSecuritySettings } from './settings/security'
import type { ClientContext } from './transport/client'

/**
 * The one path every call takes, whatever the transport: known operation → session and permission
 * (PERMISSIONS) → zod validation → a two-step handler's first step, outside any transaction → handler in one
 * transaction (audit entries in the same transaction) → what it left for after the commit → envelope.
 */
/** Operations that are no change to records but write their audit entry (or failed-login count). */
const RECORDED_SESSION_OPS: ReadonlySet<string> = new Set(['auth.login', 'auth.logout'])

export async function dispatch(
  services: CoreServices,
  handlers: HandlerMap<OpName>,
  name: string,
  rawInput: unknown,
  client: ClientContext,
): Promise<Envelope<unknown>> {
  try {
    if (!isOpName(name)) throw new AppError('NOT_FOUND', `没有名为“${name}”的操作`)
    const def = operations[name]
    if (services.integrity.damaged) throw services.integrity.damaged
    // Nothing is written before the start-up check has passed: a change, or a sign-in or sign-out (which record
    // themselves), waits for it; a read (auth.me and auth.touch among them: sessions live in memory) goes ahead.
    if (def.mutates || RECORDED_SESSION_OPS.has(name)) await services.integrity.checked
    const access: Access = PERMISSIONS[name]
    const session = await resolveSession(services, client)
    await checkAccess(services, access, session)
    const user = session.user

    const parsed = (def.input as z.ZodType).safeParse(rawInput ?? {})
    if (!parsed.success) throw validationError(parsed.error)

    const entry = handlers[name] as Handler<OpName> | TwoStepHandler<OpName, unknown>
    const prepared = typeof entry === 'function' ? undefined : await entry.before(parsed.data as never, { user, services, client })
    const handler: Handler<OpName> = typeof entry === 'function' ? entry : (input, ctx) => entry.run(input, ctx, prepared)
    const committed: (() => void)[] = []
    const afterCommit = (fn: () => void) => void committed.push(fn)
    const at = new Date(services.now()).toISOString()
    const stampOne = (e: HandlerAuditEntry) => ({ userId: user?.id ?? null, ...e, at, operation: name })
    const stamp = (e: HandlerAuditEntry | readonly HandlerAuditEntry[]) => (Array.isArray(e) ? (e as readonly HandlerAuditEntry[]).map(stampOne) : stampOne(e as HandlerAuditEntry))
    if (def.outsideTransaction) {
      // Backup and restore: the handler keeps its own atomicity; its audit entry gets a transaction of its own
      // (on the database current at that moment: after a restore, the restored one).
      const data = await handler(parsed.data as never, {
        trx: services.db as unknown as Transaction<Database>,
        user,
        client,
        services,
        at,
        audit: (entry) => services.db.transaction().execute((trx) => writeAudit(trx, stamp(entry))),
        auditIn: (trx, entry) => writeAudit(trx, stamp(entry)),
        // The handler commits its own transactions: what it asks for runs once it has returned.
        afterCommit,
      }).finally(() => sealOutside(services))
      for (const fn of committed) fn()
      return { ok: true, data }
    }
    let refusal: RefusalWithRecord | null = null
    const data = await services.db.transaction().execute(async (trx) => {
      try {
        return await handler(parsed.data as never, {
          trx,
          user,
          client,
          services,
          at,
          audit: (entry) => writeAudit(trx, stamp(entry)),
          auditIn: (t, entry) => writeAudit(t, stamp(entry)),
          afterCommit,
        })
      } catch (err) {
        // Commit what the handler recorded (a failed login), then refuse.
        if (err instanceof RefusalWithRecord) {
          refusal = err
          return undefined
        }
        throw err
      } finally {
        // Sealed in the same transaction as the change (the same connection under Kysely's transaction).
        sealPending(services.sqlite, services.auditKey)
      }
    })
    for (const fn of committed) fn()
    if (refusal) throw refusal
    return { ok: true, data }
  } catch (err) {
    return { ok: false, error: toAppError(err).toData() }
  }
}

interface Session {
  user: CurrentUser | null
  /** The window had a session that ended for lack of activity. */
  expired: boolean
}

async function resolveSession(services: CoreServices, client: ClientContext): Promise<Session> {
  if (!client.sessionToken) return { user: null, expired: false }
  const { idleMinutes } = await getSecuritySettings(services.db)
  const found = services.sessions.touch(client.sessionToken, services.now(), idleMinutes * 60_000)
  if (!found) return { user: null, expired: false }
  if ('expired' in found) {
    client.sessionToken = null
    return { user: null, expired: true }
  }
  const user = await loadCurrentUser(services.db, found.userId)
  // A disabled or voided account loses its session at once.
  if (!user) services.sessions.end(client.sessionToken)
  return { user, expired: false }
}

async function checkAccess(services: CoreServices, access: Access, { user, expired }: Session): Promise<void> {
  if (access === 'public') return
  if (access === 'setup') {
    if ((await countUsers(services.db)) > 0) throw new AppError('STATE', '首次设置已完成，请直接登录')
    return
  }
  if (!user) {
    throw new AppError('UNAUTHENTICATED', expired ? '长时间未操作，已自动退出登录，请重新登录' : '请先登录')
  }
  if (access === 'self') return
  if (user.mustChangePassword) throw new AppError('FORBIDDEN', '请先修改密码，然后才能继续使用')
  if (access === 'session') return
  if (!access.some((role) => user.roles.includes(role))) {
    throw new AppError('FORBIDDEN', '您没有执行此操作的权限')
  }
}

function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = error.issues[0]?.message ?? '输入有误'
  return new AppError('VALIDATION', `输入有误：${first}`, fields)
}

const STORAGE_CODES: Record<string, string> = {
  SQLITE_FULL: '磁盘已满，操作未保存。请清理磁盘空间后重试。',
  SQLITE_READONLY: '数据库文件只读，操作未保存。',
  SQLITE_CORRUPT: '数据库文件已损坏，操作未保存。请联系管理员从备份恢复。',
  SQLITE_NOTADB: '数据库文件已损坏，操作未保存。请联系管理员从备份恢复。',
  SQLITE_BUSY: '数据库正忙，操作未保存，请稍后重试。',
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  const code = String((err as { code?: unknown })?.code ?? '')
  const storage = STORAGE_CODES[code] ?? (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_BUSY') ? '读写数据库文件出错，操作未保存。' : undefined)
  if (storage) return new AppError('STORAGE', storage)
  const at = new Date()
  console.error(`[taizhang] internal error at ${at.toISOString()}:`, err)
  return new AppError('INTERNAL', `程序内部错误，操作未完成，数据未改动。请告知管理员（时间 ${formatLocalTime(at, { seconds: true })}）。`)
}

/** After a handler that commits its own transactions: their changes sealed in one more. */
async function sealOutside(services: CoreServices): Promise<void> {
  if (services.integrity.damaged) return
  try {
    // Through Kysely: it holds the one connection for this transaction, so no other call's is open inside it.
    await services.db.transaction().execute(async () => sealPending(services.sqlite, services.auditKey))
  } catch (err) {
    console.error('[taizhang] sealing after a call failed:', err)
  }
}
