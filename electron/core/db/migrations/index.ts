import { m001Foundation } from './001-foundation'
import { m002Documents } from './002-documents'
import { m003AccountsAudit } from './003-accounts-audit'
import { m004Seizures } from './004-seizures'
import { m005BackupSettings } from './005-backup-settings'
import { m006DocumentArchiveFields } from './006-document-archive-fields'
import { m007SeizureList } from './007-seizure-list'
import { m008Destruction } from './008-destruction'
import { m009Holidays } from './009-holidays'
import { m010Cases } from './010-cases'
import { m011TypicalCases } from './011-typical-cases'
import { m012TypicalPersons } from './012-typical-persons'
import { m013Stations } from './013-stations'
import { m014BackupVerified } from './014-backup-verified'
import { m015Statistics } from './015-statistics'
import { m016Campaigns } from './016-campaigns'
import { m017Seals } from './017-seals'
import type { Migration } from './types'

// An explicit ordered list: folder scanning breaks once the app is bundled.
export const migrations: readonly Migration[] = [m001Foundation, m002Documents, m003AccountsAudit, m004Seizures, m005BackupSettings, m006DocumentArchiveFields, m007SeizureList, m008Destruction, m009Holidays, m010Cases, m011TypicalCases, m012TypicalPersons, m013Stations, m014BackupVerified, m015Statistics, m016Campaigns, m017Seals]

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0
