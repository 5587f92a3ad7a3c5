import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// The folder rules of ARCHITECTURE.md are lint errors, not review comments:
// core never imports Electron; shared imports nothing from Electron, Node or the DOM.
const nodeBuiltins = { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node built-ins.' }
const electronBan = { name: 'electron', message: 'electron/core runs in plain Node: do not import electron.' }

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', '*.config.{ts,mts}', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronBan], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/webhost/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'core must not depend on the Electron shell.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is pure TypeScript: no electron.' },
            ...['fs', 'path', 'crypto', 'os', 'http', 'child_process', 'url', 'util', 'buffer', 'events', 'stream'].map(
              (name) => ({ name, message: 'shared/ is pure TypeScript: no Node built-ins.' }),
            ),
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom', 'antd'], message: 'shared/ imports only shared/ and pure libraries.' },
          ],
        },
      ],
      // No DOM in shared: these globals would mean a browser dependency.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer'],
    },
  },
)
