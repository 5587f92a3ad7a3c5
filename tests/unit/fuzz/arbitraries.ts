import fc from 'fast-check'
import type { z } from 'zod'

// Random and hostile inputs for the fuzz tests: any value at all, values a transport can carry, and
// "almost valid" inputs made from a valid one by spoiling one field.

/** An object whose own enumerable key is the text `key` (an object literal's `__proto__:` would set the prototype instead). */
export function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  return target
}

const nested = (depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown => {
  let v = leaf
  for (let i = 0; i < depth; i++) v = wrap(v)
  return v
}

const LONG = 10_000
/** Strings a clerk would never type and an attacker would: SQL, LIKE and FTS5 syntax, control and bidi characters, paths, markup. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  ' \t\n\r ',
  "'; DROP TABLE seizures;--",
  "' OR '1'='1",
  '" OR ""="',
  '); DELETE FROM users; --',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  '"a" OR b*',
  'NEAR(东方 商行)',
  '东方 AND NOT 商行',
  '*',
  '"',
  '"""',
  "''",
  '^a',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDC00',
  'x\uDBFFy',
  '\u202Eabc',
  '\u200B',
  '\uFEFF',
  '\uFFFE',
  '\u0007\u001B[31m',
  '😀😀😀',
  '𠮷野家',
  'e\u0301',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'C:\\Windows\\System32\\',
  '/',
  '.',
  '..',
  'CON',
  'nul.docx',
  'a/b.docx',
  '<script>alert(1)</script>',
  '<w:p><w:r><w:t>x</w:t></w:r></w:p>',
  ']]>',
  '&amp;&lt;',
  '{{机关名称}}',
  '{{#物品}}{{品名}}{{/物品}}',
  '{{',
  '}}',
  '${process.exit()}',
  '%s%n%x',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '9999-12-31',
  '1900-02-29',
  '2026-2-3',
  ' 2026-11-23 ',
  '２０２６-１１-２３',
  '2026-11-23T00:00:00Z',
  '20261123',
  // Valid dates that are wrong here: before the decision, long ago, in the future.
  '1970-01-01',
  '2026-01-01',
  '2026-11-01',
  '2027-12-31',
  '2100-02-28',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '〔〕',
  '测市监强制〔2026〕号',
  '测市监强制〔2026〕0号',
  'x'.repeat(LONG),
  '中'.repeat(LONG),
  '\uD800'.repeat(LONG),
]

export const HOSTILE_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  -1.5,
  1e308,
  -1e308,
  5e-324,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e21,
  NaN,
  Infinity,
  -Infinity,
]

/** Names a value in fast-check's reports instead of printing it (printing 5000 levels overflows the stack). */
const labelled = <T extends object>(value: T, label: string): T =>
  Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false })

const HUGE = ['x'.repeat(1_000_000), '中'.repeat(300_000)]
const DEEP = [
  labelled(nested(5_000, 1, (v) => [v]) as object, '[[[…5000 levels…]]]'),
  labelled(nested(5_000, 'x', (v) => ({ a: v })) as object, '{a:{a:…5000 levels…}}'),
  labelled(nested(2_000, null, (v) => ({ id: 'x', version: 1, items: [v] })) as object, '{id,version,items:[…2000 levels…]}'),
]
/** Keys that mean something to JavaScript's object model, as own properties (as JSON.parse makes them). */
const PROTO_OBJECTS = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  JSON.parse('{"__proto__": null, "toString": 1, "valueOf": "x", "hasOwnProperty": []}') as unknown,
]

/** Any value a JSON body can carry (JSON.parse reads 1e999 as Infinity and -0 as -0). */
export const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }),
  fc.constantFrom(Infinity, -Infinity, -0),
)

/**
 * What else reaches core in-process or over Electron IPC (structured clone): undefined, NaN, bigint, dates,
 * maps and sets, typed arrays, sparse arrays, boxed values, objects without a prototype.
 */
const cloneable = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withNullPrototype: true,
  withObjectString: true,
  stringUnit: 'binary',
})

/** One value of any kind: random, hostile, huge, deep. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: jsonish, weight: 4 },
  { arbitrary: cloneable, weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 2 },
  { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 2 },
  { arbitrary: fc.constantFrom(...HUGE, ...DEEP, ...PROTO_OBJECTS), weight: 1 },
)

/** The keys of an operation's input object, when its schema is an object (possibly refined or piped). */
export function schemaKeys(schema: z.ZodType): string[] {
  const s = schema as unknown as { shape?: Record<string, unknown>; in?: z.ZodType; _zod?: { def?: { in?: z.ZodType; innerType?: z.ZodType } } }
  if (s.shape) return Object.keys(s.shape)
  const inner = s.in ?? s._zod?.def?.in ?? s._zod?.def?.innerType
  return inner ? schemaKeys(inner) : []
}

/** An object with the operation's own keys (some of them) holding random values, plus now and then a hostile key. */
export function shapedRandom(keys: string[]): fc.Arbitrary<unknown> {
  if (keys.length === 0) return anyValue
  return fc
    .tuple(
      fc.subarray(keys),
      fc.array(anyValue, { minLength: keys.length, maxLength: keys.length }),
      fc.option(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', ''), anyValue), { freq: 4 }),
    )
    .map(([chosen, values, extra]) => {
      const o: Record<string, unknown> = {}
      chosen.forEach((k, i) => withOwnKey(o, k, values[i]))
      if (extra) withOwnKey(o, extra[0], extra[1])
      return o
    })
}

/** A totally random input for any operation. */
export function randomInput(keys: string[]): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: anyValue, weight: 1 }, { arbitrary: shapedRandom(keys), weight: 2 })
}

// ---- almost valid: one field of a valid input spoiled ----

export type Path = (string | number)[]

/** Every path into a plain JSON value (objects and arrays), containers included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])])
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])])
  return []
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], root)
}

export type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'extraKey'; path: Path; key: string; value: unknown }
  | { kind: 'whole'; value: (input: unknown) => unknown; label: string }

/** Replacements that keep a field close to what it was: padded, extended, repeated, boxed, retyped. */
function nearValues(original: unknown): fc.Arbitrary<unknown> {
  const options: unknown[] = [null, undefined, [], {}, [original], { value: original }, true, false]
  if (typeof original === 'string') {
    // Overlong, but bounded: a base64 file content repeated 50 times would be tens of megabytes.
    const overlong = original.repeat(Math.max(2, Math.min(50, Math.ceil(100_000 / Math.max(1, original.length)))))
    const middle = Math.floor(original.length / 2)
    // One character changed in the middle: for file contents (base64), a corrupted file that still decodes.
    const flipped = `${original.slice(0, middle)}${original[middle] === 'A' ? 'B' : 'A'}${original.slice(middle + 1)}`
    options.push(` ${original} `, original.toUpperCase(), overlong, flipped, `${original}\u0000`, `\u202E${original}`, `${original}'; DROP TABLE seizures;--`)
    options.push(`${original}%`, `${original}"a" OR b*`, original.slice(0, -1), original.slice(0, middle), Number(original), `${original}\uD800`, `${original}\uFFFE`)
  }
  if (typeof original === 'number') {
    options.push(original + 1, original - 1, -original, original + 0.5, String(original), original * 1e6, original === 0 ? -0 : 0)
  }
  return fc.constantFrom(...options)
}

/** One way of spoiling the valid input `sample`, aiming ids at existing records of any kind. */
export function mutation(sample: Record<string, unknown>, idPool: string[]): fc.Arbitrary<Mutation> {
  const paths = pathsOf(sample)
  const whole: fc.Arbitrary<Mutation> = fc.constantFrom<Mutation>(
    { kind: 'whole', label: 'as array', value: (i) => [i] },
    { kind: 'whole', label: 'as JSON text', value: (i) => JSON.stringify(i) },
    { kind: 'whole', label: 'null', value: () => null },
    { kind: 'whole', label: 'empty object', value: () => ({}) },
    { kind: 'whole', label: 'own __proto__ key', value: (i) => withOwnKey({ ...(i as object) }, '__proto__', { polluted: 'yes' }) },
    { kind: 'whole', label: 'own constructor key', value: (i) => withOwnKey({ ...(i as object) }, 'constructor', { prototype: { polluted: 'yes' } }) },
  )
  if (paths.length === 0) return whole
  const field = fc.constantFrom(...paths).chain((path): fc.Arbitrary<Mutation> => {
    const original = getAt(sample, path)
    const replacement = fc.oneof(
      { arbitrary: nearValues(original), weight: 3 },
      { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 3 },
      { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 2 },
      { arbitrary: fc.constantFrom(...idPool), weight: 2 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
      { arbitrary: anyValue, weight: 1 },
    )
    const ops: fc.Arbitrary<Mutation>[] = [
      replacement.map((value) => ({ kind: 'replace', path, value })),
      fc.constant({ kind: 'delete', path }),
    ]
    if (original && typeof original === 'object' && !Array.isArray(original)) {
      ops.push(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra', 'id'), anyValue).map(([key, value]) => ({ kind: 'extraKey', path, key, value })))
    }
    return fc.oneof(...ops)
  })
  return fc.oneof({ arbitrary: field, weight: 9 }, { arbitrary: whole, weight: 1 })
}

/** The sample with the mutation applied (the sample itself is left alone). */
export function applyMutation(sample: Record<string, unknown>, m: Mutation): unknown {
  if (m.kind === 'whole') return m.value(structuredClone(sample))
  const copy = structuredClone(sample) as Record<string | number, unknown>
  const parentPath = m.kind === 'extraKey' ? m.path : m.path.slice(0, -1)
  const parent = getAt(copy, parentPath) as Record<string | number, unknown>
  // The valid input was read again and no longer has this path (a line fewer): spoil nothing.
  if (!parent || typeof parent !== 'object') return copy
  if (m.kind === 'extraKey') {
    withOwnKey(parent as Record<string, unknown>, m.key, m.value)
    return copy
  }
  const key = m.path[m.path.length - 1]!
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else if (Array.isArray(parent)) {
    parent[Number(key)] = m.value
  } else {
    withOwnKey(parent as Record<string, unknown>, String(key), m.value)
  }
  return copy
}

/** A short description of a mutation for failure messages. */
export function describeMutation(m: Mutation): string {
  if (m.kind === 'whole') return `whole input ${m.label}`
  const at = m.path.join('.')
  if (m.kind === 'delete') return `delete ${at}`
  return m.kind === 'extraKey' ? `add key ${JSON.stringify(m.key)} at ${at || '(root)'}` : `replace ${at}`
}
