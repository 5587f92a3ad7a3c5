import { formatLocalTime } from '../../../../shared/rules/local-time'

/** A backup's instant in the PC's local time: 2026-11-23 14:05:09. */
export const backupTime = (iso: string): string => formatLocalTime(iso, { seconds: true })

/** Bytes as a clerk reads them: 812.5 KB, 3.2 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
