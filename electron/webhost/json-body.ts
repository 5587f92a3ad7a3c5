import type { IncomingMessage } from 'node:http'

/**
 * Deepest nesting of arrays and objects a call may send. The deepest real input (a seizure's lines with their
 * officers and party) is 4 levels; a body of `[[[[…` millions deep made JSON.parse and zod take the host to
 * gigabytes and tens of seconds, so such a body is refused by a linear scan before it is parsed.
 */
export const MAX_JSON_DEPTH = 32

export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message)
  }
}

/** Reads at most `limit` bytes and parses them as JSON (an empty body is `{}`); anything else is a BodyRefused. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'])
  // A declared length over the limit is refused before a byte of it is read.
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit)
  const body = await readAtMost(req, limit)
  if (body.length === 0) return {}
  if (!depthWithin(body, MAX_JSON_DEPTH)) throw new BodyRefused(400, `请求内容嵌套过深（最多${MAX_JSON_DEPTH}层）`)
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw new BodyRefused(400, '请求内容不是有效的 JSON')
  }
}

const tooLarge = (limit: number) => new BodyRefused(413, `请求内容过大（此操作最多 ${Math.floor(limit / (1024 * 1024))} MB）`)

function readAtMost(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (c: Buffer) => {
      size += c.length
      if (size > limit) {
        // Stop reading: the rest of an oversized body is never buffered (the answer closes the connection).
        req.off('data', onData)
        req.pause()
        reject(tooLarge(limit))
        return
      }
      chunks.push(c)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    // The client went away mid-body: nothing to answer, nothing to log.
    req.on('error', () => reject(new BodyRefused(400, '请求内容未收完整（连接已中断）')))
  })
}

/**
 * Whether no array or object in the UTF-8 JSON text nests deeper than `max`. Brackets inside strings do not count;
 * bytes of a multi-byte character are never ASCII, so scanning bytes is exact. Invalid JSON is left to JSON.parse.
 */
export function depthWithin(bytes: Uint8Array, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (inString) {
      if (b === 0x5c) i++ // backslash: the next byte is escaped
      else if (b === 0x22) inString = false
    } else if (b === 0x22) inString = true
    else if (b === 0x5b || b === 0x7b) {
      if (++depth > max) return false
    } else if (b === 0x5d || b === 0x7d) depth--
  }
  return true
}
