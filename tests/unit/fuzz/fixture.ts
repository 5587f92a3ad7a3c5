import { tinyPng } from '../../support/images'
import { newClient, type ClientContext } from '../../../electron/core'
import type { OpName } from '../../../shared/api'
import { dbContent } from '../../support/db-snapshot'
import { approvedBatch, batchFactsInput, confiscatedSeizure } from '../../support/destruction'
import { addClerk, createSeizure } from '../../support/seizures'
import { FakeClock, SETUP_INPUT, setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount, OWN_PASSWORD, TEMP_PASSWORD } from '../../support/users'

// A populated office for the fuzz tests: every kind of record exists once, so inputs can aim at real ids,
// and four callers (no session, a clerk, an approver, the admin) stay signed in between calls.

export const CALLERS = ['anonymous', 'clerk', 'approver', 'admin'] as const
export type CallerName = (typeof CALLERS)[number]
export type SignedIn = Exclude<CallerName, 'anonymous'>

const LOGINS: Record<SignedIn, string> = { clerk: 'clerk1', approver: 'approver1', admin: SETUP_INPUT.admin.login }
const INITIAL_PASSWORDS: Record<SignedIn, string> = { clerk: OWN_PASSWORD, approver: OWN_PASSWORD, admin: SETUP_INPUT.admin.password }

/** Accounts that are aimed at but never call: a login target, one to change, one to void. */
export const LOGIN_TARGET = { login: 'loginer', password: TEMP_PASSWORD }

export { tinyPng }

export const NOTICE_VALUES = { 事项: '集中销毁侵权假冒伪劣商品', 主送机关: '各市场监督管理所', 正文: '本局定于2026年11月30日集中销毁。\n欢迎社会各界监督。' }

export interface FixtureIds {
  /** The seizure most operations aim at: three lines, a confiscation, a closed testing period. */
  seizure: string
  /** A second seizure, kept for being voided. */
  seizureToVoid: string
  /** A third seizure with an open appraisal period. */
  seizurePaused: string
  items: string[]
  outcome: string
  closedPause: string
  openPause: string
  warehouse: string
  shelf: string
  locationToVoid: string
  attachment: string
  /** A generated notice in the archive. */
  document: string
  /** The 物品清单 issued from the seizure. */
  inventory: string
  targetUser: string
  userToVoid: string
  loginUser: string
  /** The copy taken once the office was populated. */
  backupFile: string
  /** A fourth seizure, every line confiscated: the destruction stock the batches below take from. */
  confiscated: string
  /** Destruction batches, one per step of the workflow the samples take. */
  batchDraft: string
  batchToSubmit: string
  batchSubmitted: string
  batchToReturn: string
  batchApproved: string
  batchExecuted: string
  /** A photo of the executed batch. */
  batchAttachment: string
}

/** The data package exported at the same moment (for backup.import). */
export interface ExportedPack {
  fileName: string
  base64: string
}

export interface Fixture {
  t: CoreHarness
  clients: Record<CallerName, ClientContext>
  ids: FixtureIds
  pack: ExportedPack
  /** Existing ids (no caller's own account among them) and a few that look right but name nothing. */
  idPool: string[]
  /** The database's content, cached until something may have changed it. */
  snapshot(): string
  /** The caller's password now (a fuzzed password change may have succeeded). */
  passwordOf(caller: SignedIn): string
  /** Forget the cached content (after a call that may have written). */
  invalidate(): void
  /** After a successful call: put the callers and settings back as the next call expects them. */
  afterSuccess(op: OpName, caller: CallerName, input: unknown): Promise<void>
  dispose(): Promise<void>
}

export async function buildFixture(): Promise<Fixture> {
  // A clock that stands still: no session ever idles out and no lock expires during the run.
  const t = await setUpCore(undefined, new FakeClock())
  const clerk = await addClerk(t)
  const approver = await addAccount(t, LOGINS.approver, '钱审核', ['approver'])
  const target = await t.ok('accounts.create', { login: 'target1', name: '孙目标', roles: ['clerk'], password: TEMP_PASSWORD })
  const doomed = await t.ok('accounts.create', { login: 'doomed1', name: '周作废', roles: ['clerk'], password: TEMP_PASSWORD })
  const loginer = await t.ok('accounts.create', { login: LOGIN_TARGET.login, name: '吴登录', roles: ['clerk'], password: LOGIN_TARGET.password })

  const warehouse = await t.ok('storage.create', { parentId: null, name: '一号仓库' }, clerk.client)
  const shelf = await t.ok('storage.create', { parentId: warehouse.id, name: 'A架' }, clerk.client)
  const spare = await t.ok('storage.create', { parentId: null, name: '临时仓库' }, clerk.client)

  let s = await createSeizure(t, clerk.client)
  s = await t.ok('seizures.outcome.add', { id: s.id, version: s.version, itemId: s.items[0]!.id, kind: 'confiscation', qtyMilli: 10_000, date: '2026-11-20', docNo: '测市监没〔2026〕1号' }, clerk.client)
  s = await t.ok('seizures.pause.add', { id: s.id, version: s.version, kind: 'testing', startDate: '2026-11-05', endDate: '2026-11-08' }, clerk.client)
  const toVoid = await createSeizure(t, clerk.client, { decisionNo: '测市监强制〔2026〕13号' })
  let paused = await createSeizure(t, clerk.client, { decisionNo: '测市监强制〔2026〕14号' })
  paused = await t.ok('seizures.pause.add', { id: paused.id, version: paused.version, kind: 'appraisal', startDate: '2026-11-10', endDate: null }, clerk.client)
  const attachment = await t.ok('attachments.add', { seizureId: s.id, fileName: '现场照片.png', base64: tinyPng().toString('base64') }, clerk.client)
  const inventory = await t.ok('seizures.inventory', { id: s.id, date: '2026-11-23' }, clerk.client)
  const notice = await t.ok('documents.generate', { kind: 'notice', values: NOTICE_VALUES, date: '2026-11-23' })
  // 销毁管理: a confiscated seizure and a batch at each step, 10 pairs of its shoes each.
  const conf = await confiscatedSeizure(t, clerk.client, { decisionNo: '测市监强制〔2026〕15号' }, '测市监罚〔2026〕5号')
  const tenPairs = [{ itemId: conf.items[0]!.id, qtyMilli: 10_000 }]
  const draftBatch = async () => {
    const b = await t.ok('destruction.batch.create', batchFactsInput(), clerk.client)
    return t.ok('destruction.lines.add', { id: b.id, version: b.version, lines: tenPairs }, clerk.client)
  }
  const submittedBatch = async () => {
    const b = await draftBatch()
    return t.ok('destruction.batch.submit', { id: b.id, version: b.version, request: '申请集中销毁' }, clerk.client)
  }
  const batchDraft = await draftBatch()
  const batchToSubmit = await draftBatch()
  const batchSubmitted = await submittedBatch()
  const batchToReturn = await submittedBatch()
  const batchApproved = await approvedBatch(t, clerk.client, approver.client, tenPairs, '2026-11-23')
  let batchExecuted = await approvedBatch(t, clerk.client, approver.client, tenPairs, '2026-11-23')
  batchExecuted = await t.ok('destruction.batch.execute', { id: batchExecuted.id, version: batchExecuted.version, actualDate: '2026-11-23' }, clerk.client)
  const batchPhoto = await t.ok('destruction.attachments.add', { batchId: batchExecuted.id, fileName: '销毁现场.png', base64: tinyPng().toString('base64') }, clerk.client)
  const backup = await t.ok('backup.create', {})
  const pack = await t.ok('backup.export', {})

  const clients: Record<CallerName, ClientContext> = { anonymous: newClient(), clerk: clerk.client, approver: approver.client, admin: t.client }
  const ids: FixtureIds = {
    seizure: s.id,
    seizureToVoid: toVoid.id,
    seizurePaused: paused.id,
    items: s.items.map((i) => i.id),
    outcome: s.outcomes[0]!.id,
    closedPause: s.pauses[0]!.id,
    openPause: paused.pauses[0]!.id,
    warehouse: warehouse.id,
    shelf: shelf.id,
    locationToVoid: spare.id,
    attachment: attachment.id,
    document: notice.archiveId,
    inventory: inventory.archiveId,
    targetUser: target.id,
    userToVoid: doomed.id,
    loginUser: loginer.id,
    backupFile: backup.fileName,
    confiscated: conf.id,
    batchDraft: batchDraft.id,
    batchToSubmit: batchToSubmit.id,
    batchSubmitted: batchSubmitted.id,
    batchToReturn: batchToReturn.id,
    batchApproved: batchApproved.id,
    batchExecuted: batchExecuted.id,
    batchAttachment: batchPhoto.id,
  }
  const idPool = [
    ...Object.values(ids).flat(),
    // Well-formed UUIDv7s and near misses that name nothing.
    '019a0000-0000-7000-8000-000000000000',
    `${s.id.slice(0, -1)}0`,
    s.id.toUpperCase(),
    ` ${s.id} `,
  ]

  const passwords = { ...INITIAL_PASSWORDS }
  let cached: string | null = null

  /** Signs a caller in again when its session ended or now belongs to someone else. */
  async function ensureSignedIn(name: SignedIn): Promise<void> {
    const me = await t.core.invokeRaw('auth.me', {}, clients[name])
    if (me.ok && (me.data as { user: { login: string } }).user.login === LOGINS[name]) return
    const r = await t.core.invokeRaw('auth.login', { login: LOGINS[name], password: passwords[name] }, clients[name])
    if (!r.ok) throw new Error(`fuzz fixture: cannot sign ${name} in again: ${r.error.code} ${r.error.message}`)
  }

  return {
    t,
    clients,
    ids,
    pack: { fileName: pack.fileName, base64: pack.base64 },
    idPool,
    snapshot() {
      cached ??= dbContent(t.core.dbFile)
      return cached
    },
    passwordOf: (caller) => passwords[caller],
    invalidate() {
      cached = null
    },
    async afterSuccess(op, caller, input) {
      cached = null
      if (op === 'auth.changePassword' && caller !== 'anonymous') passwords[caller] = (input as { next: string }).next
      // A restored copy or imported package has the passwords of the moment it was taken, and no sessions.
      const replacesData = op === 'backup.restore' || op === 'backup.import'
      if (replacesData) Object.assign(passwords, INITIAL_PASSWORDS)
      // A second backup folder named by a fuzzed input (it may be relative, or '/') is never left in place.
      if (op === 'backup.settings.update') {
        const list = await t.core.invokeRaw('backup.list', {}, clients.admin)
        const settings = list.ok ? (list.data as { settings: { secondFolder: string; keepDaily: number; keepMonthly: number; version: number } }).settings : null
        if (settings && settings.secondFolder !== '') {
          const r = await t.core.invokeRaw('backup.settings.update', { ...settings, secondFolder: '' }, clients.admin)
          if (!r.ok) throw new Error(`fuzz fixture: cannot clear the second backup folder: ${r.error.message}`)
        }
      }
      if (op.startsWith('auth.') || op.startsWith('accounts.') || replacesData) {
        // "anonymous" stays without a session, whatever it signed in as.
        if (clients.anonymous.sessionToken) clients.anonymous = newClient()
        for (const name of ['clerk', 'approver', 'admin'] as const) await ensureSignedIn(name)
      }
    },
    dispose: () => t.dispose(),
  }
}
