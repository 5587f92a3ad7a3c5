import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { operations, type OpName } from '../../../shared/api'
import type { Access } from '../../../shared/api/contract'
import { ERROR_CODES, type Envelope } from '../../../shared/api/errors'
import { PERMISSIONS } from '../../../shared/api/permissions'
import { applyMutation, describeMutation, mutation, randomInput, schemaKeys } from './arbitraries'
import { buildFixture, CALLERS, type CallerName, type Fixture } from './fixture'
import { SAMPLES } from './samples'

// Issue 6: every operation in the contract, called with random and hostile inputs by every kind of caller,
// answers with a structured error or a valid result; a refused call leaves the database's content as it was.
//
// The run is bounded (about 30 s on a 2-core machine) and repeatable: a fixed seed, printed. For a longer hunt:
//   FUZZ_SEED=123 FUZZ_RUNS=500 npx vitest run tests/unit/fuzz/operations-fuzz.test.ts
// (FUZZ_RUNS: runs per property per operation; the default is set per operation below.)

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123)
const RUNS = process.env.FUZZ_RUNS === undefined ? null : Number(process.env.FUZZ_RUNS)

const ALL_OPS = Object.keys(operations) as OpName[]
/** FUZZ_OPS=seizures. (a prefix) narrows a run to some operations. */
const OPS = ALL_OPS.filter((op) => op.startsWith(process.env.FUZZ_OPS ?? ''))
/** FUZZ_KEEP_GOING=1: list every failing call (one line each) instead of stopping at an operation's first. */
const KEEP_GOING = process.env.FUZZ_KEEP_GOING === '1'
const found: string[] = []

/** Calls that cost real time when they get through (scrypt, docx, backups): fewer runs. */
const SLOW = new Set<OpName>([
  'auth.login',
  'auth.logout',
  'auth.changePassword',
  'accounts.create',
  'accounts.resetPassword',
  'documents.preview',
  'documents.generate',
  'documents.template.upload',
  'documents.template.inspect',
  'seizures.inventory',
  'seizures.export',
  'audit.export',
  'backup.create',
  'backup.verify',
  'backup.restore',
  'backup.export',
  'backup.import',
  'destruction.document.preview',
  'destruction.document.issue',
])
/** Per operation: the default runs take a second or two; longer hunts get room. */
const TIMEOUT = RUNS === null ? 60_000 : 30 * 60_000
const runsFor = (op: OpName, kind: 'random' | 'mutated'): number => RUNS ?? (SLOW.has(op) ? 12 : kind === 'random' ? 25 : 40)

/** A seed per operation and property, so one operation's runs do not depend on how many the others took. */
const seedFor = (op: OpName, kind: string): number => {
  let h = SEED ^ (kind === 'random' ? 0x9e3779b9 : 0x85ebca6b)
  for (const ch of op) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193)
  return h | 0
}

/** A caller the permission table lets through, for operations without a sample. */
function allowedCaller(op: OpName): CallerName {
  const access: Access = PERMISSIONS[op]
  if (access === 'public' || access === 'setup') return 'anonymous'
  if (access === 'self' || access === 'session') return 'clerk'
  return access.includes('clerk') ? 'clerk' : access.includes('approver') ? 'approver' : 'admin'
}

/** Mostly a caller who gets past the permission check (so the input is looked at), sometimes anyone. */
const callerFor = (op: OpName): fc.Arbitrary<CallerName> =>
  fc.oneof({ arbitrary: fc.constant(SAMPLES[op]?.caller ?? allowedCaller(op)), weight: 3 }, { arbitrary: fc.constantFrom(...CALLERS), weight: 2 })

const CJK = /[\u3400-\u9fff]/
/** Characters XML 1.0 does not allow (Word and LibreOffice refuse such a file). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

/** A result that carries an Office file: its XML parts must be well-formed enough for Word and Excel to open. */
function checkOfficeFile(data: unknown, what: string): void {
  const d = data as { fileName?: unknown; base64?: unknown }
  if (typeof d?.fileName !== 'string' || typeof d.base64 !== 'string' || !/\.(docx|xlsx)$/.test(d.fileName)) return
  const parts = unzipSync(Buffer.from(d.base64, 'base64'))
  for (const [path, bytes] of Object.entries(parts)) {
    if (!path.endsWith('.xml')) continue
    const bad = NOT_XML.exec(strFromU8(bytes))
    if (bad) throw new Error(`${what}: ${d.fileName} has U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} in ${path}, which XML does not allow`)
  }
}

/** The envelope's shape: ok with data, or a known code with a Chinese message (and string field messages). */
function checkEnvelope(r: unknown, what: string): asserts r is Envelope<unknown> {
  expect(r, what).toBeTypeOf('object')
  const e = r as Record<string, unknown>
  if (e.ok === true) {
    expect(Object.keys(e).sort(), what).toEqual(['data', 'ok'])
    return
  }
  expect(e.ok, what).toBe(false)
  expect(Object.keys(e).sort(), what).toEqual(['error', 'ok'])
  const error = e.error as Record<string, unknown>
  expect(ERROR_CODES, what).toContain(error.code)
  expect(error.message, what).toBeTypeOf('string')
  expect(error.message as string, what).toMatch(CJK)
  if (error.fields !== undefined) {
    expect(error.fields, what).toBeTypeOf('object')
    for (const [k, v] of Object.entries(error.fields as object)) {
      expect(k, what).toBeTypeOf('string')
      expect(v, what).toBeTypeOf('string')
      expect(v as string, what).toMatch(CJK)
    }
  }
}

/** Table names whose content differs between two dbContent snapshots. */
function changedTables(before: string, after: string): string[] {
  const a = new Map(JSON.parse(before) as [string, string[]][])
  const b = new Map(JSON.parse(after) as [string, string[]][])
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)))
}

let fx: Fixture

/**
 * One fuzzed call and everything the issue asks of its answer. Every refused call's database content is
 * compared with the content before it (cached between calls, so that costs one snapshot per refusal).
 */
async function fuzzCall(op: OpName, caller: CallerName, input: unknown, what: string): Promise<void> {
  const before = fx.snapshot()
  let r: unknown
  try {
    r = await fx.t.core.invokeRaw(op, input, fx.clients[caller])
  } catch (err) {
    throw new Error(`${what}: the call threw instead of answering: ${String(err)}`, { cause: err })
  }
  checkEnvelope(r, what)
  if (r.ok) {
    // Crosses IPC and HTTP as JSON: nothing may be lost or changed on the way.
    expect(JSON.parse(JSON.stringify(r.data)), `${what}: result survives JSON`).toStrictEqual(r.data)
    checkOfficeFile(r.data, what)
    await fx.afterSuccess(op, caller, input)
    return
  }
  if (r.error.code === 'INTERNAL') throw new Error(`${what}: INTERNAL error (an unhandled crash path): ${r.error.message}`)

  fx.invalidate()
  const after = fx.snapshot()
  // The one refusal that records something on purpose: a failed login writes its audit entry and counts the
  // failure on the account (auth/lockout.ts, RefusalWithRecord). Only those two tables may change then.
  if (op === 'auth.login' && r.error.code === 'UNAUTHENTICATED') {
    expect(changedTables(before, after).filter((table) => table !== 'audit_log' && table !== 'users' && table !== 'audit_seal' && table !== 'record_seals'), `${what}: failed login`).toEqual([])
    return
  }
  if (after !== before) throw new Error(`${what}: ${r.error.code} ${r.error.message} — but the refused call changed the database: ${changedTables(before, after).join(', ')}`)
}

async function keepGoing(call: () => Promise<void>): Promise<void> {
  if (!KEEP_GOING) return call()
  try {
    await call()
  } catch (err) {
    found.push((err as Error).message.split('\n')[0]!)
    fx.invalidate()
  }
}

const show = (v: unknown): string => {
  if (v && typeof v === 'object' && fc.hasToStringMethod(v)) return v[fc.toStringMethod]()
  try {
    const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x))
    return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…(${s.length} chars)` : s
  } catch {
    return String(v)
  }
}

const pollutionBefore = Object.getOwnPropertyNames(Object.prototype).sort()

beforeAll(async () => {
  fx = await buildFixture()
  console.log(`operations fuzz: seed ${SEED}${RUNS === null ? '' : `, ${RUNS} runs per property`} (FUZZ_SEED / FUZZ_RUNS to change)`)
}, 60_000)
afterAll(async () => fx?.dispose())

describe('fuzzing the operation contract', () => {
  it('covers every operation in the registry, and every valid sample names a real operation', () => {
    expect(ALL_OPS.length).toBeGreaterThan(60)
    for (const op of Object.keys(SAMPLES)) expect(ALL_OPS).toContain(op)
  })

  // First, on the fresh fixture: each valid sample is accepted, and its result is plain JSON.
  it.each(OPS.filter((op) => SAMPLES[op]?.succeeds))('a valid input for %s succeeds with a JSON-safe result', async (op) => {
    const sample = SAMPLES[op]!
    const input = await sample.input(fx)
    const r = await fx.t.core.invokeRaw(op, input, fx.clients[sample.caller])
    checkEnvelope(r, op)
    expect(r, `${op} ${show(input)}`).toMatchObject({ ok: true })
    if (!r.ok) return
    expect(JSON.parse(JSON.stringify(r.data))).toStrictEqual(r.data)
    checkOfficeFile(r.data, op)
    await fx.afterSuccess(op, sample.caller, input)
  })

  it.each(OPS)('%s answers random and hostile inputs with an envelope, and refusals write nothing', async (op) => {
    const keys = schemaKeys(operations[op].input)
    await fc.assert(
      fc.asyncProperty(callerFor(op), randomInput(keys), async (caller, input) => {
        await keepGoing(() => fuzzCall(op, caller, input, `${op} as ${caller} with ${show(input)}`))
      }),
      { seed: seedFor(op, 'random'), numRuns: runsFor(op, 'random'), endOnFailure: true },
    )

    const sample = SAMPLES[op]
    if (!sample) return
    // Almost valid: the current valid input with one field spoiled (read fresh: versions move as calls succeed).
    let valid = await sample.input(fx)
    let seen = fx.snapshot()
    await fc.assert(
      fc.asyncProperty(callerFor(op), mutation(valid, fx.idPool), async (caller, m) => {
        if (fx.snapshot() !== seen) {
          valid = await sample.input(fx)
          seen = fx.snapshot()
        }
        const input = applyMutation(valid, m)
        await keepGoing(() => fuzzCall(op, caller, input, `${op} as ${caller}, ${describeMutation(m)}: ${show(input)}`))
      }),
      { seed: seedFor(op, 'mutated'), numRuns: runsFor(op, 'mutated'), endOnFailure: true },
    )
  }, TIMEOUT)

  it.runIf(KEEP_GOING)('found no failing call (FUZZ_KEEP_GOING)', () => {
    console.log(`operations fuzz: ${found.length} failing calls\n${found.join('\n')}`)
    expect(found).toEqual([])
  })

  it('left no trace on Object.prototype (no __proto__ or constructor key polluted it)', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pollutionBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
