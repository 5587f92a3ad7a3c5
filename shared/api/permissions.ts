import type { Access } from './contract'
import type { OpName } from './index'
import type { Role } from '../domain/roles'

/**
 * Who may call each operation — the one table. Core enforces it on every call (dispatch.ts); the
 * renderer reads it to hide what a user cannot do. A new operation without a row does not compile,
 * and a test checks the table against the registry at run time as well.
 */
export const PERMISSIONS = {
  'app.info': 'public',
  'app.operations': 'public',

  'auth.setup': 'setup',
  'auth.login': 'public',
  'auth.logout': 'self',
  'auth.touch': 'self',
  'auth.me': 'self',
  'auth.changePassword': 'self',

  'settings.get': 'session',
  'settings.update': ['admin'],
  'settings.security.get': 'session',
  'settings.security.update': ['admin'],

  'accounts.list': ['admin'],
  'accounts.create': ['admin'],
  'accounts.update': ['admin'],
  'accounts.resetPassword': ['admin'],
  'accounts.unlock': ['admin'],
  'accounts.void': ['admin'],

  'audit.list': ['admin'],
  'audit.export': ['admin'],
  'audit.verify': ['admin'],
  // Each record type names who may read its history (shared/domain/audit.ts); core checks that too.
  'audit.history': 'session',

  'documents.kinds': 'session',
  'documents.template.get': 'session',
  'documents.template.save': ['admin', 'legal'],
  'documents.template.restore': ['admin', 'legal'],
  'documents.template.inspect': ['admin', 'legal'],
  'documents.template.upload': ['admin', 'legal'],
  'documents.preview': 'session',
  'documents.generate': 'session',
  'documents.fonts.get': 'session',
  'documents.fonts.update': ['admin'],
  'documents.archive.list': 'session',
  'documents.archive.get': 'session',
  'documents.archive.creators': 'session',
  // Voiding an issued document is a leader's decision.
  'documents.archive.void': ['approver'],

  // Clerks register and keep seizures; legal staff may correct them too. Extensions are the leader's approval.
  'seizures.list': 'session',
  'seizures.get': 'session',
  'seizures.longPauses': 'session',
  'seizures.suggestions': 'session',
  'seizures.export': 'session',
  'seizures.inventory': 'session',
  'seizures.create': ['clerk', 'legal'],
  'seizures.update': ['clerk', 'legal'],
  'seizures.void': ['clerk', 'legal'],
  'seizures.extend': ['approver'],
  'seizures.pause.add': ['clerk', 'legal'],
  'seizures.pause.end': ['clerk', 'legal'],
  'seizures.pause.void': ['clerk', 'legal'],
  'seizures.outcome.add': ['clerk', 'legal'],
  'seizures.outcome.void': ['clerk', 'legal'],

  'storage.list': 'session',
  'storage.create': ['clerk', 'admin'],
  'storage.rename': ['clerk', 'admin'],
  'storage.void': ['clerk', 'admin'],

  'attachments.list': 'session',
  'attachments.get': 'session',
  'attachments.add': ['clerk', 'legal'],
  'attachments.void': ['clerk', 'legal'],

  'backup.list': ['admin'],
  'backup.create': ['admin'],
  'backup.progress': ['admin'],
  'backup.verify': ['admin'],
  'backup.health': ['admin'],
  'backup.settings.update': ['admin'],
  'backup.restore': ['admin'],
  'backup.export': ['admin'],
  'backup.import': ['admin'],

  // Clerks and legal staff prepare and carry out destructions; the leader approves, sends back and corrects
  // a locked batch; everyone signed in reads and prints.
  'destruction.stock.list': 'session',
  'destruction.batch.list': 'session',
  'destruction.batch.get': 'session',
  'destruction.batch.create': ['clerk', 'legal'],
  'destruction.batch.update': ['clerk', 'legal'],
  'destruction.lines.add': ['clerk', 'legal'],
  'destruction.lines.addSeizure': ['clerk', 'legal'],
  'destruction.lines.update': ['clerk', 'legal'],
  'destruction.lines.remove': ['clerk', 'legal'],
  'destruction.batch.submit': ['clerk', 'legal'],
  'destruction.batch.approve': ['approver'],
  'destruction.batch.return': ['approver'],
  'destruction.batch.void': ['clerk', 'legal'],
  'destruction.batch.execute': ['clerk', 'legal'],
  'destruction.batch.correct': ['approver'],
  'destruction.attachments.list': 'session',
  'destruction.attachments.add': ['clerk', 'legal'],
  'destruction.attachments.get': 'session',
  'destruction.attachments.void': ['clerk', 'legal'],
  'destruction.forSeizure': 'session',
  'destruction.workbench': 'session',
  'destruction.document.preview': 'session',
  'destruction.document.issue': 'session',

  // Everyone reads the calendar the deadlines count on; an admin types in a year from the State Council notice.
  'holidays.list': 'session',
  'holidays.save': ['admin'],

  // Legal staff keep the penalty cases; everyone signed in reads them.
  'cases.list': 'session',
  'cases.get': 'session',
  'cases.forSeizure': 'session',
  'cases.create': ['legal'],
  'cases.update': ['legal'],
  'cases.void': ['legal'],
  'cases.decide': ['legal'],
  'cases.end': ['legal'],
  'cases.serve': ['legal'],
  'cases.pay': ['legal'],
  'cases.execute': ['legal'],
  'cases.close': ['legal'],
  'cases.extend': ['legal'],
  'cases.pause.add': ['legal'],
  'cases.pause.end': ['legal'],
  'cases.pause.void': ['legal'],
  'cases.publication.record': ['legal'],
  'cases.revoke': ['legal'],
  'cases.publication.withdraw': ['legal'],
  'cases.publication.earlyStop': ['legal'],
  'cases.document.preview': 'session',
  'cases.document.issue': ['legal'],
  'cases.export': 'session',
  'cases.settings.get': 'session',
  // The office's legal staff know the province's rule; the admin keeps the settings.
  'cases.settings.update': ['admin', 'legal'],

  // Legal staff write and publish the typical cases; the approver (审核领导) returns or finalises each one.
  'typical.collections.list': 'session',
  'typical.collections.get': 'session',
  'typical.collections.create': ['legal'],
  'typical.collections.update': ['legal'],
  'typical.collections.publish': ['legal'],
  'typical.collections.withdraw': ['legal'],
  'typical.nominate': ['legal'],
  'typical.forCase': 'session',
  'typical.get': 'session',
  'typical.save': ['legal'],
  'typical.preview': 'session',
  'typical.submit': ['legal'],
  'typical.return': ['approver'],
  'typical.finalise': ['approver'],
  'typical.reopen': ['legal'],
  'typical.void': ['legal'],
  'typical.compare': 'session',
  'typical.workbench': 'session',
  'typical.document.preview': 'session',
  'typical.document.issue': ['legal'],
  'typical.settings.get': 'session',
  'typical.settings.update': ['admin', 'legal'],

  // Clerks and admins keep the station registry (legal staff may too); approvers record the yearly reviews.
  'stations.list': 'session',
  'stations.get': 'session',
  'stations.create': ['clerk', 'admin', 'legal'],
  'stations.update': ['clerk', 'admin', 'legal'],
  'stations.void': ['clerk', 'admin', 'legal'],
  // The approver who finds a station 不合格 may order its 整改 (or 撤销) at once.
  'stations.status': ['clerk', 'admin', 'legal', 'approver'],
  'stations.review.save': ['approver'],
  'stations.export': 'session',
  'stations.import.check': ['clerk', 'admin', 'legal'],
  'stations.import.commit': ['clerk', 'admin', 'legal'],
  'stations.settings.get': 'session',
  'stations.settings.update': ['admin'],
  'stations.document.preview': 'session',
  'stations.document.issue': 'session',
  'stations.attachments.list': 'session',
  'stations.attachments.add': ['clerk', 'admin', 'legal'],
  'stations.attachments.get': 'session',
  'stations.attachments.void': ['clerk', 'admin', 'legal'],
  'stats.report': 'session',
  'stats.export': 'session',
  'stats.document.preview': 'session',
  'stats.document.issue': ['clerk', 'legal', 'approver', 'admin'],
  'stations.workbench': 'session',
} as const satisfies { readonly [K in OpName]: Access }

/** Whether a signed-in user with these roles may call the operation (ignores a pending password change). */
export function mayCall(op: OpName, roles: readonly Role[]): boolean {
  const access: Access = PERMISSIONS[op]
  if (access === 'public' || access === 'self' || access === 'session') return true
  if (access === 'setup') return false
  return access.some((r) => roles.includes(r))
}
