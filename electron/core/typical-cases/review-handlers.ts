import type { HandlerMap } from '../handler'
import { actor, type HandlerContext } from '../handler'
import { AppError } from '../errors'
import { newId } from '../db/ids'
import { PERSONAL_DATA_KINDS } from '../../../shared/rules/mask'
import { REVIEW_ACTIONS, TYPICAL_SECTION_KEYS, TYPICAL_SECTIONS, type ReviewAction, type TypicalStatus } from '../../../shared/domain/typical-cases'
import { editableEntry, getEntry } from './repository'
import type { AuditAction } from '../../../shared/domain/audit'

// The review: the writer submits a complete text with its personal data fixed or confirmed; the approver
// returns it with comments (back to 草稿, the comments kept) or finalises it (frozen); a finalised text that
// must change is reopened as a new draft, the finalised version kept.

type Ops = 'typical.submit' | 'typical.return' | 'typical.finalise' | 'typical.reopen'

const AUDIT_OF: Record<ReviewAction, AuditAction> = { submit: 'submit', return: 'send_back', finalise: 'approve', reopen: 'update' }

async function step(ctx: HandlerContext, id: string, version: number, from: TypicalStatus, to: TypicalStatus, action: ReviewAction, comment: string) {
  const before = await editableEntry(ctx.trx, id, version, [from], REVIEW_ACTIONS[action])
  const by = actor(ctx).id
  await ctx.trx
    .updateTable('typical_entries')
    .set({ status: to, ...(to === 'final' ? { final_version: before.currentVersion } : {}), version: version + 1, updated_at: ctx.at, updated_by: by })
    .where('id', '=', id)
    .execute()
  await ctx.trx.insertInto('typical_reviews').values({ id: newId(), entry_id: id, action, version_no: before.currentVersion, comment, at: ctx.at, by }).execute()
  await ctx.audit({ action: AUDIT_OF[action], recordType: 'typical_case', recordId: id, changes: { status: [from, to] }, note: comment ? `${REVIEW_ACTIONS[action]}：${comment}` : REVIEW_ACTIONS[action] })
  return getEntry(ctx.trx, id)
}

export const reviewHandlers: HandlerMap<Ops> = {
  'typical.submit': async ({ id, version }, ctx) => {
    const e = await getEntry(ctx.trx, id)
    const empty = TYPICAL_SECTION_KEYS.filter((s) => e.text[s].trim() === '')
    if (empty.length > 0) {
      const fields = Object.fromEntries(empty.map((s) => [`text.${s}`, `请填写${TYPICAL_SECTIONS[s]}`]))
      throw new AppError('VALIDATION', `提交前请填写：${empty.map((s) => TYPICAL_SECTIONS[s]).join('、')}`, fields)
    }
    const open = e.warnings.filter((w) => !w.confirmed)
    if (open.length > 0) {
      const list = open.map((w) => `${TYPICAL_SECTIONS[w.section]}中的${PERSONAL_DATA_KINDS[w.kind]} ${w.text}`).join('；')
      const fields = Object.fromEntries(open.map((w) => [`text.${w.section}`, `含有${PERSONAL_DATA_KINDS[w.kind]} ${w.text}，请删除或遮蔽，确需保留的请确认`]))
      throw new AppError('VALIDATION', `文本中有未处理的个人信息：${list}`, fields)
    }
    return step(ctx, id, version, 'draft', 'review', 'submit', '')
  },
  'typical.return': ({ id, version, comment }, ctx) => step(ctx, id, version, 'review', 'draft', 'return', comment),
  'typical.finalise': ({ id, version, comment }, ctx) => step(ctx, id, version, 'review', 'final', 'finalise', comment),
  'typical.reopen': ({ id, version, reason }, ctx) => step(ctx, id, version, 'final', 'draft', 'reopen', reason),
}
