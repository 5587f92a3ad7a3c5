import { buildIfStale } from '../../electron/webhost/build-if-stale.cjs'

// End-to-end tests drive the built app. `npm test` has built it already; a lone `playwright test` builds it
// here when the sources are newer than out/.
export default function globalSetup(): void {
  buildIfStale({ quiet: true })
}
