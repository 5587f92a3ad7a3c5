import { z } from 'zod'
import { bodyLimitFor, defineOperation } from './contract'
import { recordId, requiredText, voidReason } from './fields'
import type { Attachment } from './seizure-types'

// 照片和扫描件 of a seizure or one of its lines. Stored once per content (SHA-256) in the data folder.

/** Largest file accepted. A phone photo is 2–8 MB; a scanned multi-page PDF rarely passes 15 MB. */
export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024
/** The web host's body limit for a call adding one photo or scan (contract.ts). */
export const ATTACHMENT_BODY_LIMIT = bodyLimitFor(MAX_ATTACHMENT_BYTES)
export const ATTACHMENT_TYPES = { 'image/jpeg': 'JPEG 照片', 'image/png': 'PNG 图片', 'image/webp': 'WebP 图片', 'application/pdf': 'PDF 扫描件' } as const
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES

export const base64Field = (label: string) =>
  z
    .string({ error: `缺少${label}` })
    .min(1, `缺少${label}`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `${label}编码无效`)

/** A photo or scan as base64, refused at the boundary when over MAX_ATTACHMENT_BYTES. */
export const attachmentBase64 = () => base64Field('文件内容').max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, '文件过大：最大 15 MB')

export const attachmentOperations = {
  'attachments.list': defineOperation<Attachment[]>()({
    summary: '某条查扣记录的照片和扫描件',
    mutates: false,
    input: z.object({ seizureId: recordId }).strict(),
  }),
  'attachments.add': defineOperation<Attachment>()({
    summary: '添加照片或扫描件（图片或 PDF）',
    mutates: true,
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    input: z
      .object({
        seizureId: recordId,
        itemId: recordId.nullable().default(null),
        fileName: requiredText('文件名', 200),
        base64: attachmentBase64(),
        /** A small JPEG made by the window (the original stays untouched); absent for PDFs. */
        thumbnailBase64: base64Field('缩略图').nullable().default(null),
      })
      .strict(),
  }),
  'attachments.get': defineOperation<{ fileName: string; mime: string; base64: string }>()({
    summary: '打开照片或扫描件原件',
    mutates: false,
    input: z.object({ id: recordId }).strict(),
  }),
  'attachments.void': defineOperation<Attachment>()({
    summary: '移除照片或扫描件（写明原因；文件保留）',
    mutates: true,
    input: z.object({ id: recordId, reason: voidReason }).strict(),
  }),
}

/** A photo or scan kept with a record of its own table (a destruction batch, a station), in the same store. */
export interface RecordFile {
  id: string
  fileName: string
  mime: string
  sizeBytes: number
  sha256: string
  /** A small JPEG as a data: URL; null for PDFs and when none could be made. */
  thumbnail: string | null
  createdAt: string
  createdByName: string
}

