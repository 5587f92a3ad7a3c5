import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { homedir } from 'node:os'
import { defaultDataDir } from '../../../electron/core/paths'

describe('default data dir', () => {
  it('follows TAIZHANG_DATA_DIR, else the platform folder Electron uses for userData', () => {
    expect(defaultDataDir({ TAIZHANG_DATA_DIR: '/srv/tz' }, 'linux')).toBe('/srv/tz')
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Taizhang'))
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Taizhang'))
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\li\\AppData\\Roaming', 'Taizhang'))
  })
})
