import { sql, type RawBuilder } from 'kysely'

// The one SQLite-only piece of 统计: days between two ISO dates (julianday). A PostgreSQL mode says (b::date - a::date).
export const daysBetweenSql = (a: string, b: string): RawBuilder<number> => sql<number>`(julianday(${sql.ref(b)}) - julianday(${sql.ref(a)}))`

/** The month of an ISO date column, 'YYYY-MM' (portable: dates are stored as text). */
export const monthOf = (column: string): RawBuilder<string> => sql<string>`substr(${sql.ref(column)}, 1, 7)`
