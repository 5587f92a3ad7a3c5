import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

// The folder rules of ARCHITECTURE.md are lint errors: prove the config really catches them.
const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message)
}

describe('folder boundaries', () => {
  it('core may not import electron or the Electron shell', async () => {
    expect(await restrictedImports('electron/core/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toHaveLength(1)
    expect(await restrictedImports('electron/core/x.ts', "import { a } from '../main/ipc'\nexport const b = a\n")).toHaveLength(1)
    expect(await restrictedImports('electron/core/x.ts', "import { join } from 'node:path'\nexport const j = join\n")).toHaveLength(0)
  })

  it('shared may not import electron, Node built-ins or browser globals', async () => {
    expect(await restrictedImports('shared/rules/x.ts', "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n")).toHaveLength(1)
    expect(await restrictedImports('shared/rules/x.ts', "import { readFileSync } from 'fs'\nexport const r = readFileSync\n")).toHaveLength(1)
    expect(await restrictedImports('shared/rules/x.ts', "import { ipcRenderer } from 'electron'\nexport const r = ipcRenderer\n")).toHaveLength(1)
    expect(await restrictedImports('shared/rules/x.ts', 'export const w = window.location\n')).toHaveLength(1)
    expect(await restrictedImports('shared/rules/x.ts', "import { z } from 'zod'\nexport const s = z.string()\n")).toHaveLength(0)
  })

  it('the renderer may not import electron or Node built-ins', async () => {
    expect(await restrictedImports('renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nexport const r = ipcRenderer\n")).toHaveLength(1)
    expect(await restrictedImports('renderer/src/x.ts', "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n")).toHaveLength(1)
  })
})
