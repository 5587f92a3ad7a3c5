import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_DIR_NAME = 'Taizhang'

/**
 * Where data lives when nobody says otherwise: the same folder Electron's userData would be, so the
 * desktop app and the web host open the same database. `TAIZHANG_DATA_DIR` overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TAIZHANG_DATA_DIR) return env.TAIZHANG_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME)
}
