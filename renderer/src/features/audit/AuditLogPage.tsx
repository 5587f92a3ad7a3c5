// Placeholder while the audit log page is being written (replaced in this same change).
export function AuditLogPage() {
  return null
}
