// Roles a person may hold (several at once). Labels are what a clerk reads.
export const ROLES = ['clerk', 'legal', 'approver', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '录入员',
  legal: '法制员',
  approver: '审核领导',
  admin: '管理员',
}
