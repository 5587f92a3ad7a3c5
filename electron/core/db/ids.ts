import { v7 as uuidv7 } from 'uuid'

/** UUIDv7: time-ordered, stable across PCs, mergeable. */
export const newId = (): string => uuidv7()

/** An instant as ISO-8601 UTC. */
export const nowIso = (): string => new Date().toISOString()
