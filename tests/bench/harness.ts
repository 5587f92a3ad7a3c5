// What the bench takes from the app itself, bundled by tests/bench/vite.config.mts into out/bench/harness.mjs:
// core and the web host as the app runs them, and the pure functions the seed uses to write rows exactly as
// core would (term end, search text, the party's sort key).
export { createCore, newClient } from '../../electron/core'
export { startWebHost } from '../../electron/webhost/server'
export { computeTerm } from '../../shared/rules/seizure-term'
export { entryHash, GENESIS_HASH } from '../../electron/core/audit/chain'
export { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations'
export { seededRandom } from '../support/seeded-random'
export { partySortKey } from '../../electron/core/seizures/party-sort'
export { searchBody, gramsOf } from '../../electron/core/seizures/search'
export { categoryBit, OFFICER_SEPARATOR } from '../../electron/core/seizures/derived'
