import { z } from 'zod'
import { defineOperation } from './contract'

export interface AppInfo {
  name: string
  version: string
  /** Highest migration applied to this database. */
  schemaVersion: number
  /** True once the first account exists; before that the UI shows the setup screen. */
  setupDone: boolean
  /** The agency's full name, for the login screen; empty before setup. */
  agencyName: string
  dataDir: string
}

export interface OperationDescription {
  name: string
  summary: string
  access: 'public' | 'setup' | 'self' | 'session' | string[]
  mutates: boolean
  /** JSON Schema (draft 2020-12) of the input, generated from the zod schema. */
  inputSchema: unknown
}

export const appOperations = {
  'app.info': defineOperation<AppInfo>()({
    summary: '程序与数据库信息',
    mutates: false,
    input: z.object({}).strict(),
  }),
  'app.operations': defineOperation<OperationDescription[]>()({
    summary: '列出全部操作、允许的角色和输入格式（JSON Schema）',
    mutates: false,
    input: z.object({}).strict(),
  }),
}
