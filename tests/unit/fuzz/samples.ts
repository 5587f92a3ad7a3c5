import type { OpName } from '../../../shared/api'
import { RESTORE_CONFIRMATION } from '../../../shared/api/backup'
import { batchFactsInput } from '../../support/destruction'
import { seizureInput } from '../../support/seizures'
import { SETUP_INPUT } from '../../support/temp-core'
import { LOGIN_TARGET, NOTICE_VALUES, tinyPng, type CallerName, type Fixture } from './fixture'

// A valid input per operation, read fresh from the fixture's current state (versions move as fuzzed calls
// succeed). The fuzz test mutates one field of it at a time; `succeeds` samples are also called as they are
// once, on the fresh fixture, and must answer ok. An operation without a row here gets random inputs only.

export interface Sample {
  /** Who sends it: a caller the permission table lets through. */
  caller: CallerName
  input(fx: Fixture): Promise<Record<string, unknown>>
  /** On the fresh fixture, in registry order, this input is accepted. */
  succeeds: boolean
}

async function read<T>(fx: Fixture, op: OpName, input: unknown, caller: CallerName = 'admin'): Promise<T> {
  const r = await fx.t.core.invokeRaw(op, input, fx.clients[caller])
  if (!r.ok) throw new Error(`fuzz sample: ${op} failed: ${r.error.code} ${r.error.message}`)
  return r.data as T
}

type Versioned = { id: string; version: number; login?: string }
const seizure = (fx: Fixture, id = fx.ids.seizure) => read<Versioned & { items: { id: string }[] }>(fx, 'seizures.get', { id }, 'clerk')
const account = async (fx: Fixture, id: string) =>
  (await read<Versioned[]>(fx, 'accounts.list', { includeVoided: true })).find((a) => a.id === id) ?? { id, version: 1 }
const location = async (fx: Fixture, id: string) =>
  (await read<Versioned[]>(fx, 'storage.list', { includeVoided: true }, 'clerk')).find((l) => l.id === id) ?? { id, version: 1 }
type BatchRead = Versioned & { lines: { id: string; itemId: string; position: number }[] }
const batch = (fx: Fixture, id: string) => read<BatchRead>(fx, 'destruction.batch.get', { id }, 'clerk')
const confiscated = (fx: Fixture) => read<Versioned & { registerNo: string; items: { id: string }[] }>(fx, 'seizures.get', { id: fx.ids.confiscated }, 'clerk')
const templateVersion = async (fx: Fixture) =>
  (await read<{ current: { versionNo: number } }>(fx, 'documents.template.get', { kind: 'notice' })).current.versionNo
const versionOf = async (fx: Fixture, op: OpName) => (await read<{ version: number }>(fx, op, {})).version

const constant =
  (input: Record<string, unknown>) =>
  async (): Promise<Record<string, unknown>> =>
    input

/** A minimal Word template with known placeholders, made once. */
let wordTemplate: string | null = null
async function docxTemplate(): Promise<string> {
  if (wordTemplate) return wordTemplate
  const { Document, Packer, Paragraph } = await import('docx')
  const doc = new Document({ sections: [{ children: [new Paragraph('{{机关名称}}关于{{事项}}的公告'), new Paragraph('{{正文}}')] }] })
  wordTemplate = (await Packer.toBuffer(doc)).toString('base64')
  return wordTemplate
}

export const SAMPLES: Partial<Record<OpName, Sample>> = {
  'app.info': { caller: 'anonymous', succeeds: true, input: constant({}) },
  'app.operations': { caller: 'anonymous', succeeds: true, input: constant({}) },

  'settings.get': { caller: 'clerk', succeeds: true, input: constant({}) },
  'settings.update': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => ({ ...SETUP_INPUT.agency, fullName: '测试县市场监督管理局（改）', version: await versionOf(fx, 'settings.get') }),
  },
  'settings.security.get': { caller: 'clerk', succeeds: true, input: constant({}) },
  'settings.security.update': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => ({ idleMinutes: 45, lockoutAttempts: 5, lockoutMinutes: 15, version: await versionOf(fx, 'settings.security.get') }),
  },

  // Setup is done: refused as STATE whatever the input.
  'auth.setup': { caller: 'anonymous', succeeds: false, input: constant(SETUP_INPUT) },
  'auth.login': { caller: 'anonymous', succeeds: true, input: constant(LOGIN_TARGET) },
  'auth.logout': { caller: 'clerk', succeeds: true, input: constant({}) },
  'auth.touch': { caller: 'clerk', succeeds: true, input: constant({}) },
  'auth.me': { caller: 'approver', succeeds: true, input: constant({}) },
  'auth.changePassword': {
    caller: 'approver',
    succeeds: true,
    input: async (fx) => {
      const current = fx.passwordOf('approver')
      return { current, next: current === 'next-pass-2026' ? 'other-pass-2026' : 'next-pass-2026' }
    },
  },

  'accounts.list': { caller: 'admin', succeeds: true, input: constant({ includeVoided: true }) },
  'accounts.create': { caller: 'admin', succeeds: true, input: constant({ login: 'fuzz.new', name: '新账号', roles: ['clerk', 'legal'], password: 'fuzz-pass-2026' }) },
  'accounts.update': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => {
      const a = await account(fx, fx.ids.targetUser)
      return { id: a.id, version: a.version, name: '孙目标（改）', roles: ['clerk', 'approver'], active: true }
    },
  },
  'accounts.resetPassword': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => {
      const a = await account(fx, fx.ids.targetUser)
      return { id: a.id, version: a.version, password: 'reset-pass-2026' }
    },
  },
  'accounts.unlock': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => {
      const a = await account(fx, fx.ids.targetUser)
      return { id: a.id, version: a.version }
    },
  },
  'accounts.void': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => {
      const a = await account(fx, fx.ids.userToVoid)
      return { id: a.id, version: a.version, reason: '人员调离' }
    },
  },

  'audit.list': { caller: 'admin', succeeds: true, input: constant({ filter: { recordType: 'seizure', action: 'create', from: '2026-01-01', to: '2026-12-31' }, page: 1, pageSize: 20 }) },
  'audit.history': { caller: 'clerk', succeeds: true, input: async (fx) => ({ recordType: 'seizure', recordId: fx.ids.seizure }) },
  'audit.export': { caller: 'admin', succeeds: true, input: constant({ filter: { from: '2026-11-01', to: '2026-11-30' } }) },
  'audit.verify': { caller: 'admin', succeeds: true, input: constant({}) },

  'documents.kinds': { caller: 'clerk', succeeds: true, input: constant({}) },
  'documents.template.get': { caller: 'clerk', succeeds: true, input: constant({ kind: 'notice' }) },
  'documents.template.save': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => ({ kind: 'notice', title: '{{机关名称}}\n关于{{事项}}的公告', body: '{{正文}}\n特此公告。', basedOn: await templateVersion(fx) }),
  },
  'documents.template.restore': { caller: 'admin', succeeds: true, input: async (fx) => ({ kind: 'notice', versionNo: 0, basedOn: await templateVersion(fx) }) },
  'documents.template.inspect': { caller: 'admin', succeeds: true, input: async () => ({ kind: 'notice', base64: await docxTemplate() }) },
  'documents.template.upload': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => ({ kind: 'notice', base64: await docxTemplate(), fileName: '公告模板.docx', basedOn: await templateVersion(fx) }),
  },
  'documents.preview': {
    caller: 'clerk',
    succeeds: true,
    input: constant({ kind: 'notice', values: NOTICE_VALUES, date: '2026-11-23', draft: { title: '关于{{事项}}的公告', body: '{{正文}}' } }),
  },
  'documents.generate': { caller: 'clerk', succeeds: true, input: constant({ kind: 'notice', values: NOTICE_VALUES, date: '2026-11-23' }) },
  'documents.fonts.get': { caller: 'clerk', succeeds: true, input: constant({}) },
  'documents.fonts.update': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => ({
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading1: '黑体',
      heading2: '楷体_GB2312',
      pageNumber: '宋体',
      latin: 'Times New Roman',
      version: await versionOf(fx, 'documents.fonts.get'),
    }),
  },
  'documents.archive.list': { caller: 'clerk', succeeds: true, input: constant({ kind: 'notice', includeVoided: true, query: '公告', dateFrom: '2026-01-01', dateTo: '2026-12-31' }) },
  'documents.archive.creators': { caller: 'clerk', succeeds: true, input: constant({}) },
  'documents.archive.get': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.inventory }) },
  'documents.archive.void': { caller: 'approver', succeeds: true, input: async (fx) => ({ id: fx.ids.document, reason: '日期写错，重新出具' }) },

  'seizures.list': {
    caller: 'clerk',
    succeeds: true,
    input: constant({
      query: '东方',
      dateFrom: '2026-01-01',
      dateTo: '2026-12-31',
      kinds: ['detention'],
      statuses: ['holding', 'partial'],
      category: 'apparel',
      unit: '城关',
      officer: '张执法',
      party: '东方商行',
      includeVoided: true,
      sort: { field: 'termEnd', order: 'asc' },
      page: 1,
      pageSize: 20,
    }),
  },
  'seizures.get': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.seizure }) },
  'seizures.suggestions': { caller: 'clerk', succeeds: true, input: constant({}) },
  'seizures.create': { caller: 'clerk', succeeds: true, input: constant(seizureInput({ decisionNo: '测市监强制〔2026〕20号' })) },
  'seizures.update': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx)
      const base = seizureInput({ notes: '更正备注' })
      return { ...base, id: s.id, version: s.version, items: base.items.map((line, i) => ({ ...line, id: s.items[i]?.id, storageLocationId: i === 0 ? fx.ids.shelf : null })) }
    },
  },
  'seizures.void': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx, fx.ids.seizureToVoid)
      return { id: s.id, version: s.version, reason: '重复登记' }
    },
  },
  'seizures.extend': {
    caller: 'approver',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx)
      return { id: s.id, version: s.version, days: 30, reason: '案情复杂，需进一步调查', noticeDate: '2026-11-23' }
    },
  },
  'seizures.pause.add': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx)
      return { id: s.id, version: s.version, kind: 'inspection', startDate: '2026-11-12', endDate: '2026-11-13', note: '送检' }
    },
  },
  'seizures.pause.end': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx, fx.ids.seizurePaused)
      return { id: s.id, version: s.version, pauseId: fx.ids.openPause, endDate: '2026-11-20' }
    },
  },
  'seizures.pause.void': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx)
      return { id: s.id, version: s.version, pauseId: fx.ids.closedPause, reason: '检测未实际进行' }
    },
  },
  'seizures.outcome.add': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx)
      return { id: s.id, version: s.version, itemId: s.items[1]!.id, kind: 'transfer', qtyMilli: 1_000, date: '2026-11-21', docNo: '测市监移〔2026〕3号', receivingUnit: '测试县公安局', note: '' }
    },
  },
  'seizures.outcome.void': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const s = await seizure(fx)
      return { id: s.id, version: s.version, outcomeId: fx.ids.outcome, reason: '数量录错' }
    },
  },
  'seizures.export': { caller: 'clerk', succeeds: true, input: constant({ query: '茅台', includeVoided: true }) },
  'seizures.inventory': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.seizure, date: '2026-11-23' }) },

  'storage.list': { caller: 'clerk', succeeds: true, input: constant({ includeVoided: true }) },
  'storage.create': { caller: 'clerk', succeeds: true, input: async (fx) => ({ parentId: fx.ids.shelf, name: '03号货位' }) },
  'storage.rename': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const l = await location(fx, fx.ids.shelf)
      return { id: l.id, version: l.version, name: 'B架' }
    },
  },
  'storage.void': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const l = await location(fx, fx.ids.locationToVoid)
      return { id: l.id, version: l.version, reason: '仓库已退租' }
    },
  },

  'attachments.list': { caller: 'clerk', succeeds: true, input: async (fx) => ({ seizureId: fx.ids.seizure }) },
  'attachments.add': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => ({ seizureId: fx.ids.seizure, itemId: fx.ids.items[0], fileName: '标签特写.png', base64: tinyPng().toString('base64'), thumbnailBase64: null }),
  },
  'attachments.get': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.attachment }) },
  'attachments.void': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.attachment, reason: '拍错了' }) },

  'backup.list': { caller: 'admin', succeeds: true, input: constant({}) },
  'backup.create': { caller: 'admin', succeeds: true, input: constant({}) },
  'backup.progress': { caller: 'admin', succeeds: true, input: constant({}) },
  'backup.verify': { caller: 'admin', succeeds: true, input: constant({}) },
  'backup.settings.update': {
    caller: 'admin',
    succeeds: true,
    input: async (fx) => {
      const { settings } = await read<{ settings: { version: number } }>(fx, 'backup.list', {})
      return { secondFolder: '', keepDaily: 20, keepMonthly: 6, version: settings.version }
    },
  },
  // Restore and import take the office back to the moment the fixture was populated.
  'backup.restore': { caller: 'admin', succeeds: true, input: async (fx) => ({ fileName: fx.ids.backupFile, confirm: RESTORE_CONFIRMATION }) },
  'backup.export': { caller: 'admin', succeeds: true, input: constant({}) },
  'backup.import': { caller: 'admin', succeeds: true, input: async (fx) => ({ ...fx.pack, confirm: RESTORE_CONFIRMATION }) },

  // 销毁管理: each step on the batch the fixture left at that step (registry order: the draft is voided last).
  'destruction.stock.list': { caller: 'clerk', succeeds: true, input: constant({ query: '运动鞋', category: 'apparel', page: 1, pageSize: 50 }) },
  'destruction.batch.list': { caller: 'clerk', succeeds: true, input: constant({ statuses: ['draft', 'executed'], includeVoided: true, query: 'XH' }) },
  'destruction.batch.get': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.batchDraft }) },
  'destruction.batch.create': { caller: 'clerk', succeeds: true, input: async () => batchFactsInput() },
  'destruction.batch.update': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchDraft)
      return { id: b.id, version: b.version, facts: batchFactsInput({ place: '测试县垃圾填埋场', method: 'landfill' }) }
    },
  },
  'destruction.lines.add': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const [b, s] = await Promise.all([batch(fx, fx.ids.batchDraft), confiscated(fx)])
      return { id: b.id, version: b.version, lines: [{ itemId: s.items[1]!.id, qtyMilli: 1_000 }] }
    },
  },
  'destruction.lines.addSeizure': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const [b, s] = await Promise.all([batch(fx, fx.ids.batchDraft), confiscated(fx)])
      return { id: b.id, version: b.version, registerNo: s.registerNo }
    },
  },
  'destruction.lines.update': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchDraft)
      return { id: b.id, version: b.version, lineId: b.lines[0]?.id ?? fx.ids.batchDraft, qtyMilli: 5_000 }
    },
  },
  'destruction.lines.remove': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchDraft)
      return { id: b.id, version: b.version, lineId: b.lines.at(-1)?.id ?? fx.ids.batchDraft }
    },
  },
  'destruction.batch.submit': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchToSubmit)
      return { id: b.id, version: b.version, request: '申请集中销毁' }
    },
  },
  'destruction.batch.approve': {
    caller: 'approver',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchSubmitted)
      return { id: b.id, version: b.version, opinion: '同意销毁', date: '2026-11-23' }
    },
  },
  'destruction.batch.return': {
    caller: 'approver',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchToReturn)
      return { id: b.id, version: b.version, reason: '请补充见证人' }
    },
  },
  'destruction.batch.void': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchDraft)
      return { id: b.id, version: b.version, reason: '活动取消' }
    },
  },
  'destruction.batch.execute': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchApproved)
      return { id: b.id, version: b.version, actualDate: '2026-11-23', note: '', lines: b.lines.map((l) => ({ lineId: l.id, destroyedMilli: 9_000, destroyedWeightG: null, reason: '1双另案留存' })) }
    },
  },
  'destruction.batch.correct': {
    caller: 'approver',
    succeeds: true,
    input: async (fx) => {
      const b = await batch(fx, fx.ids.batchExecuted)
      return { id: b.id, version: b.version, field: 'destroyedMilli', lineId: b.lines[0]?.id ?? fx.ids.batchExecuted, value: 9_000, reason: '复核清点' }
    },
  },
  'destruction.attachments.list': { caller: 'clerk', succeeds: true, input: async (fx) => ({ batchId: fx.ids.batchExecuted }) },
  'destruction.attachments.add': {
    caller: 'clerk',
    succeeds: true,
    input: async (fx) => ({ batchId: fx.ids.batchExecuted, fileName: '签字记录.png', base64: tinyPng().toString('base64'), thumbnailBase64: null }),
  },
  'destruction.attachments.get': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.batchAttachment }) },
  'destruction.attachments.void': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.batchAttachment, reason: '拍错了' }) },
  'destruction.forSeizure': { caller: 'clerk', succeeds: true, input: async (fx) => ({ seizureId: fx.ids.confiscated }) },
  'destruction.workbench': { caller: 'approver', succeeds: true, input: constant({}) },
  'holidays.list': { caller: 'clerk', succeeds: true, input: constant({}) },
  'holidays.save': { caller: 'admin', succeeds: true, input: constant({ year: 2030, off: ['2030-01-01'], work: [], source: '国办发明电〔2029〕1号', version: 0 }) },
  // The fixture has no legal user: the writing case operations get random inputs only (and are refused).
  'cases.list': { caller: 'clerk', succeeds: true, input: constant({ query: '东方', due: 'soon' }) },
  'destruction.document.preview': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.batchExecuted, kind: 'destruction_list', date: '2026-11-23' }) },
  'destruction.document.issue': { caller: 'clerk', succeeds: true, input: async (fx) => ({ id: fx.ids.batchExecuted, kind: 'destruction_record', date: '2026-11-23' }) },
}
