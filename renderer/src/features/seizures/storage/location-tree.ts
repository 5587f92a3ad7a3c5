import type { StorageLocation } from '../../../../../shared/api/seizure-types'
import { STORAGE_LEVELS } from '../../../../../shared/domain/seizures'

export interface LocationNode extends StorageLocation {
  /** Absent on leaves, so the table draws no expand button there. */
  children?: LocationNode[]
}

/** 仓库 / 货架 / 货位. */
export const levelLabel = (level: number): string => STORAGE_LEVELS[level] ?? '存放位置'

/** Whether a location may have children: a 货位 is the last level. */
export const hasChildLevel = (level: number): boolean => level < STORAGE_LEVELS.length - 1

/**
 * Nests core's list (already in tree order: parents first, siblings by name) under parent ids. A row
 * whose parent is not in the list (not expected: voiding waits for the children) is shown at the top.
 */
export function buildTree(list: readonly StorageLocation[]): LocationNode[] {
  const nodes = new Map<string, LocationNode>(list.map((l) => [l.id, { ...l }]))
  const roots: LocationNode[] = []
  for (const l of list) {
    const node = nodes.get(l.id)!
    const parent = l.parentId === null ? undefined : nodes.get(l.parentId)
    if (parent) (parent.children ??= []).push(node)
    else roots.push(node)
  }
  return roots
}
