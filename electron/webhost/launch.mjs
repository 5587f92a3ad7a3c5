// `npm run start:web -- --data-dir DIR [--port N]`: builds when the build is missing or older than the
// sources, then runs the web host in this process.
import { pathToFileURL } from 'node:url'
import { buildIfStale, WEBHOST_ENTRY } from './build-if-stale.cjs'

buildIfStale()
await import(pathToFileURL(WEBHOST_ENTRY).href)
