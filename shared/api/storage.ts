import { z } from 'zod'
import { defineOperation } from './contract'
import { recordId, requiredText, version, voidReason } from './fields'
import type { StorageLocation } from './seizure-types'

// 存放位置: the managed list of warehouse → shelf → bin where seized goods are kept.

export const storageOperations = {
  'storage.list': defineOperation<StorageLocation[]>()({
    summary: '存放位置列表（仓库、货架、货位）',
    mutates: false,
    input: z.object({ includeVoided: z.boolean().default(false) }).strict(),
  }),
  'storage.create': defineOperation<StorageLocation>()({
    summary: '新增存放位置（仓库，或某仓库下的货架、某货架下的货位）',
    mutates: true,
    input: z.object({ parentId: recordId.nullable().default(null), name: requiredText('名称', 30) }).strict(),
  }),
  'storage.rename': defineOperation<StorageLocation>()({
    summary: '修改存放位置名称',
    mutates: true,
    input: z.object({ id: recordId, version, name: requiredText('名称', 30) }).strict(),
  }),
  'storage.void': defineOperation<StorageLocation>()({
    summary: '停用存放位置（写明原因；已登记物品的位置记录保留）',
    mutates: true,
    input: z.object({ id: recordId, version, reason: voidReason }).strict(),
  }),
}
