import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES } from '../../../shared/api/attachments'
import { AppError } from '../../../electron/core/errors'
import { attachmentPath, readAttachment, sha256Hex, sniffMime, storeAttachment } from '../../../electron/core/attachments/store'
import { dbContent } from '../../support/db-snapshot'
import { addClerk, createSeizure, seizureInput } from '../../support/seizures'
import { tinyPng } from '../../support/images'
import { setUpCore, type CoreHarness } from '../../support/temp-core'
import { addAccount } from '../../support/users'

// Tiny real files, built here so the test shows what they are.

/** A 1×1 PNG (tests/support/images.ts). */
const png = tinyPng

/** A 1×1 baseline JPEG (arithmetic-coded, the smallest valid form). */
const jpeg = (): Buffer =>
  Buffer.from(
    'ffd8ffe000104a46494600010101004800480000ffdb004300030202020203020202030303030406040404040408060605060908' +
      '0a0a090809090a0c0f0c0a0b0e0b09090d110d0e0f101011100a0c12131210130f101010ffc9000b080001000101011100ffcc00' +
      '0600101005ffda0008010100003f00d2cf20ffd9',
    'hex',
  )

/** A one-page PDF with its cross-reference table and trailer. */
function pdf(text = '扫描件'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let out = `%PDF-1.4\n%${text}\n`
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out))
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'utf8')
}

/** A RIFF/WEBP header with an empty lossless chunk: enough for the magic numbers. */
const webp = (): Buffer => Buffer.concat([Buffer.from('RIFF'), Buffer.from([12, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.alloc(4)])

const b64 = (b: Buffer) => b.toString('base64')
const storedFiles = (dataDir: string): string[] => {
  const root = join(dataDir, 'attachments')
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
}

describe('attachment file store', () => {
  let dir: string
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'taizhang-att-')))

  it('tells JPEG, PNG, WebP and PDF by their bytes, whatever the name', () => {
    fresh()
    expect(sniffMime(jpeg())).toBe('image/jpeg')
    expect(sniffMime(png())).toBe('image/png')
    expect(sniffMime(webp())).toBe('image/webp')
    expect(sniffMime(pdf())).toBe('application/pdf')
    expect(sniffMime(Buffer.from('这不是照片，只是改了扩展名的文本'))).toBeNull()
    expect(sniffMime(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull()
    expect(sniffMime(Buffer.from([0xff, 0xd8]))).toBeNull()
  })

  it('stores bytes under their SHA-256 once, and reads them back verified', async () => {
    fresh()
    const bytes = png()
    const a = await storeAttachment(dir, bytes)
    const b = await storeAttachment(dir, bytes)
    expect(a).toEqual({ sha256: sha256Hex(bytes), mime: 'image/png', size: bytes.length })
    expect(b).toEqual(a)
    expect(attachmentPath(dir, a.sha256)).toBe(join(dir, 'attachments', a.sha256.slice(0, 2), a.sha256))
    expect(storedFiles(dir)).toEqual([a.sha256]) // no temp files left behind
    expect(await readAttachment(dir, { ...a, fileName: 'x.png' })).toEqual(bytes)
  })

  it('refuses empty, oversized and non-photo bytes with a Chinese message', async () => {
    fresh()
    const refusal = (bytes: Buffer) => storeAttachment(dir, bytes).then(() => null, (e: AppError) => [e.code, e.message])
    expect(await refusal(Buffer.alloc(0))).toEqual(['VALIDATION', '文件是空的'])
    expect(await refusal(Buffer.from('plain text named photo.jpg'))).toEqual(['VALIDATION', '只能添加照片（JPEG、PNG、WebP）或 PDF 扫描件'])
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1)
    jpeg().copy(big)
    expect(await refusal(big)).toEqual(['VALIDATION', '文件过大：最大 15 MB'])
    expect(storedFiles(dir)).toEqual([])
  })

  it('replaces a damaged copy when the same content is added again, and refuses to read a damaged one', async () => {
    fresh()
    const bytes = jpeg()
    const s = await storeAttachment(dir, bytes)
    const file = attachmentPath(dir, s.sha256)
    writeFileSync(file, Buffer.from(bytes).fill(0, 20, 30))
    await expect(readAttachment(dir, { ...s, fileName: '现场.jpg' })).rejects.toMatchObject({ code: 'STORAGE', message: expect.stringContaining('附件文件缺失或已损坏：现场.jpg') })
    await storeAttachment(dir, bytes)
    expect(readFileSync(file)).toEqual(bytes)
    rmSync(file)
    await expect(readAttachment(dir, { ...s, fileName: '现场.jpg' })).rejects.toMatchObject({ code: 'STORAGE' })
  })

  it('never builds a path from something that is not a hash', () => {
    fresh()
    expect(() => attachmentPath(dir, '../../taizhang.sqlite')).toThrow(AppError)
  })
})

describe('attachment operations', () => {
  let t: CoreHarness
  afterEach(async () => t?.dispose())

  const setUp = async () => {
    t = await setUpCore()
    const clerk = await addClerk(t)
    const seizure = await createSeizure(t, clerk.client)
    return { clerk, seizure }
  }

  it('adds photos and scans by their bytes, lists them newest first with thumbnails, and audits each', async () => {
    const { clerk, seizure } = await setUp()
    const line2 = seizure.items[1]!
    const thumb = jpeg()
    const photo = await t.ok('attachments.add', { seizureId: seizure.id, fileName: '现场照片.png', base64: b64(png()), thumbnailBase64: b64(thumb) }, clerk.client)
    const scan = await t.ok('attachments.add', { seizureId: seizure.id, itemId: line2.id, fileName: 'C:\\扫描\\清单.pdf', base64: b64(pdf()), thumbnailBase64: b64(thumb) }, clerk.client)
    // A JPEG named .png: the bytes decide.
    const misnamed = await t.ok('attachments.add', { seizureId: seizure.id, fileName: '标签.png', base64: b64(jpeg()) }, clerk.client)

    expect(photo).toMatchObject({ seizureId: seizure.id, itemId: null, fileName: '现场照片.png', mime: 'image/png', sizeBytes: png().length, createdByName: '赵录入' })
    expect(photo.thumbnail).toBe(`data:image/jpeg;base64,${b64(thumb)}`)
    expect(scan).toMatchObject({ itemId: line2.id, fileName: '清单.pdf', mime: 'application/pdf', thumbnail: null })
    expect(misnamed).toMatchObject({ mime: 'image/jpeg', thumbnail: null })

    const listed = await t.ok('attachments.list', { seizureId: seizure.id })
    expect(listed.map((a) => a.fileName)).toEqual(['标签.png', '清单.pdf', '现场照片.png'])

    const history = await t.ok('audit.history', { recordType: 'seizure', recordId: seizure.id })
    const attached = history.filter((e) => e.action === 'attach')
    expect(attached).toHaveLength(3)
    expect(attached.map((e) => e.changes.map((c) => [c.field, c.to]))).toEqual(
      expect.arrayContaining([
        [['attachment', `现场照片.png（PNG 图片，${png().length} 字节）`]],
        [[`items.${line2.lineNo}.attachment`, expect.stringMatching(/^清单\.pdf（PDF 扫描件，\d+ 字节）$/)]],
      ]),
    )
    // Attaching does not touch the seizure itself: an edit in progress stays current.
    expect((await t.ok('seizures.get', { id: seizure.id })).version).toBe(seizure.version)
  })

  it('stores the same bytes once for two rows, and get returns them unchanged', async () => {
    const { clerk, seizure } = await setUp()
    const bytes = pdf('同一份扫描件')
    const a = await t.ok('attachments.add', { seizureId: seizure.id, fileName: '决定书.pdf', base64: b64(bytes) }, clerk.client)
    const b = await t.ok('attachments.add', { seizureId: seizure.id, itemId: seizure.items[0]!.id, fileName: '决定书副本.pdf', base64: b64(bytes) }, clerk.client)
    expect(a.id).not.toBe(b.id)
    expect(a.sha256).toBe(b.sha256)
    expect(storedFiles(t.dataDir)).toEqual([a.sha256])
    const got = await t.ok('attachments.get', { id: b.id }, clerk.client)
    expect(got).toMatchObject({ fileName: '决定书副本.pdf', mime: 'application/pdf' })
    expect(Buffer.from(got.base64, 'base64')).toEqual(bytes)
  })

  it('answers STORAGE when the file on disk was changed or lost', async () => {
    const { clerk, seizure } = await setUp()
    const a = await t.ok('attachments.add', { seizureId: seizure.id, fileName: '现场.jpg', base64: b64(jpeg()) }, clerk.client)
    const file = attachmentPath(t.dataDir, a.sha256)
    const tampered = readFileSync(file)
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 3) ^ 0xff, tampered.length - 3)
    writeFileSync(file, tampered)
    expect(await t.call('attachments.get', { id: a.id })).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringContaining('附件文件缺失或已损坏：现场.jpg') } })
    rmSync(file)
    expect(await t.call('attachments.get', { id: a.id })).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
  })

  it('removes with a reason: hidden from the list, row and file kept, audited', async () => {
    const { clerk, seizure } = await setUp()
    const line = seizure.items[2]!
    const a = await t.ok('attachments.add', { seizureId: seizure.id, itemId: line.id, fileName: '拍错了.png', base64: b64(png()) }, clerk.client)
    expect(await t.ok('attachments.void', { id: a.id, reason: '拍错' }, clerk.client)).toMatchObject({ id: a.id, fileName: '拍错了.png' })
    expect(await t.ok('attachments.list', { seizureId: seizure.id })).toEqual([])
    expect(existsSync(attachmentPath(t.dataDir, a.sha256))).toBe(true)
    expect(Buffer.from((await t.ok('attachments.get', { id: a.id })).base64, 'base64')).toEqual(png())
    expect(await t.call('attachments.void', { id: a.id, reason: '再移除一次' }, clerk.client)).toMatchObject({ ok: false, error: { code: 'STATE' } })
    const [latest] = await t.ok('audit.history', { recordType: 'seizure', recordId: seizure.id })
    expect(latest).toMatchObject({ action: 'void', note: '拍错', changes: [{ field: `items.${line.lineNo}.attachment`, from: '拍错了.png', to: '（空）' }] })
  })

  it('refuses, writing nothing: a line of another seizure, non-photo bytes, oversize, a bad thumbnail, a missing or voided seizure', async () => {
    const { clerk, seizure } = await setUp()
    const other = await createSeizure(t, clerk.client, { decisionNo: '测市监强制〔2026〕13号' })
    const voided = await createSeizure(t, clerk.client, { decisionNo: '测市监强制〔2026〕14号' })
    await t.ok('seizures.void', { id: voided.id, version: voided.version, reason: '重复登记' }, clerk.client)
    const before = dbContent(t.core.dbFile)
    const oversize = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1)
    jpeg().copy(oversize)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ itemId: other.items[0]!.id, base64: b64(png()) }, 'VALIDATION', '所选物品行不属于这条查扣记录'],
      [{ fileName: '照片.jpg', base64: b64(Buffer.from('其实是一段文字')) }, 'VALIDATION', '只能添加照片（JPEG、PNG、WebP）或 PDF 扫描件'],
      [{ base64: b64(oversize) }, 'VALIDATION', '输入有误：文件过大：最大 15 MB'],
      [{ base64: b64(png()), thumbnailBase64: b64(png()) }, 'VALIDATION', '缩略图无效：应为不超过 200 KB 的 JPEG 图片'],
      [{ base64: b64(png()), thumbnailBase64: b64(Buffer.concat([jpeg(), Buffer.alloc(200 * 1024)])) }, 'VALIDATION', '缩略图无效：应为不超过 200 KB 的 JPEG 图片'],
      [{ seizureId: 'no-such-seizure', base64: b64(png()) }, 'NOT_FOUND', '查扣记录不存在'],
      [{ seizureId: voided.id, base64: b64(png()) }, 'STATE', '该查扣记录已作废，不能再添加或移除照片和扫描件'],
    ]
    for (const [over, code, message] of cases) {
      const r = await t.core.invokeRaw('attachments.add', { seizureId: seizure.id, fileName: '现场.png', ...over }, clerk.client)
      expect(r, message).toMatchObject({ ok: false, error: { code, message } })
    }
    expect(dbContent(t.core.dbFile)).toBe(before)
    expect(storedFiles(t.dataDir)).toEqual([])
  })

  it('refuses a line that was removed from the seizure', async () => {
    const { clerk, seizure } = await setUp()
    const input = seizureInput()
    const kept = input.items.slice(0, 2).map((item, i) => ({ ...item, id: seizure.items[i]!.id }))
    await t.ok('seizures.update', { ...input, items: kept, id: seizure.id, version: seizure.version }, clerk.client)
    const r = await t.call('attachments.add', { seizureId: seizure.id, itemId: seizure.items[2]!.id, fileName: '现场.png', base64: b64(png()) }, clerk.client)
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { itemId: '所选物品行已删除，请重新选择' } } })
  })

  it('lets only clerks and legal staff add or remove; anyone signed in may look', async () => {
    const { clerk, seizure } = await setUp()
    const approver = await addAccount(t, 'boss', '钱领导', ['approver'])
    const a = await t.ok('attachments.add', { seizureId: seizure.id, fileName: '现场.png', base64: b64(png()) }, clerk.client)
    const before = dbContent(t.core.dbFile)
    expect(await t.call('attachments.add', { seizureId: seizure.id, fileName: '领导.png', base64: b64(jpeg()) }, approver.client)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await t.call('attachments.void', { id: a.id, reason: '不需要' }, approver.client)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(dbContent(t.core.dbFile)).toBe(before)
    expect(storedFiles(t.dataDir)).toEqual([a.sha256])
    expect(await t.ok('attachments.list', { seizureId: seizure.id }, approver.client)).toHaveLength(1)
    expect((await t.ok('attachments.get', { id: a.id }, approver.client)).mime).toBe('image/png')
  })
})
