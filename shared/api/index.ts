import type { z } from 'zod'
import { appOperations } from './app'
import { accountOperations } from './accounts'
import { auditOperations } from './audit'
import { authOperations } from './auth'
import { documentOperations } from './documents'
import { seizureOperations } from './seizures'
import { storageOperations } from './storage'
import { attachmentOperations } from './attachments'
import { backupOperations } from './backup'
import { destructionOperations } from './destruction'
import { holidayOperations } from './holidays'
import { caseOperations } from './cases'
import { caseSettingsOperations } from './case-settings'
import { typicalSettingsOperations } from './typical-settings'
import { typicalOperations } from './typical-cases'
import { stationOperations } from './stations'
import { statisticsOperations } from './statistics'
import { campaignOperations } from './campaigns'
import { securityOperations, settingsOperations } from './settings'
import type { OperationDef } from './contract'
import './zod-locale'

/** The one registry of operations. Main, preload, web host, renderer client and tests derive from it. */
export const operations = {
  ...appOperations,
  ...settingsOperations,
  ...securityOperations,
  ...authOperations,
  ...accountOperations,
  ...auditOperations,
  ...documentOperations,
  ...seizureOperations,
  ...storageOperations,
  ...attachmentOperations,
  ...backupOperations,
  ...destructionOperations,
  ...holidayOperations,
  ...caseOperations,
  ...caseSettingsOperations,
  ...typicalOperations,
  ...typicalSettingsOperations,
  ...stationOperations,
  ...statisticsOperations,
  ...campaignOperations,
} as const satisfies Record<string, OperationDef>

export type Operations = typeof operations
export type OpName = keyof Operations
/** What a caller sends (before defaults and trimming). */
export type OpInput<N extends OpName> = z.input<Operations[N]['input']>
/** What a handler receives (validated, defaults applied). */
export type OpParsed<N extends OpName> = z.output<Operations[N]['input']>
export type OpResult<N extends OpName> = Operations[N] extends OperationDef<z.ZodType, infer R> ? R : never

export const isOpName = (name: string): name is OpName => Object.hasOwn(operations, name)

export type { Envelope, AppErrorData, ErrorCode } from './errors'
