import { z } from 'zod'
import { zhCN } from 'zod/locales'

// Generic zod messages (wrong type, unknown key…) in Chinese; our schemas give specific ones.

const zh = zhCN().localeError

/** A key is whatever a caller sent: show a few, each cut short, so a message stays a message. */
export function unknownKeysMessage(keys: readonly string[]): string {
  // By code point, so a cut never splits a character in two.
  const shown = keys.slice(0, 3).map((k) => [...k]).map((c) => `“${c.length > 20 ? `${c.slice(0, 20).join('')}…` : c.join('')}”`)
  return `含有不认识的项：${shown.join('、')}${keys.length > 3 ? ` 等${keys.length}项` : ''}`
}

z.config({ localeError: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : zh(issue)) })
