import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, type BrowserWindow, type Rectangle } from 'electron'

interface WindowState {
  bounds: Rectangle
  maximized: boolean
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: false }

/** Window size and place from the last session, if it still fits on a connected display. */
export function loadWindowState(dataDir: string): WindowState & { placed: boolean } {
  try {
    const saved = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as WindowState
    const { bounds } = saved
    const visible = screen.getAllDisplays().some(({ workArea: a }) =>
      bounds.x >= a.x && bounds.y >= a.y && bounds.x + 100 <= a.x + a.width && bounds.y + 50 <= a.y + a.height,
    )
    if (bounds.width >= 800 && bounds.height >= 600 && visible) return { ...saved, placed: true }
  } catch {
    // First launch or an unreadable file: fall back to the default size, centred.
  }
  return { ...DEFAULT, placed: false }
}

export function trackWindowState(win: BrowserWindow, dataDir: string): void {
  const save = () => {
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() }
    try {
      writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify(state))
    } catch {
      // Losing the window size is not worth an error dialog.
    }
  }
  win.on('close', save)
}
