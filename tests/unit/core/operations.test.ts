import { afterEach, describe, expect, it } from 'vitest'
import { operations } from '../../../shared/api'
import { tempCore, type CoreHarness } from '../../support/temp-core'

let t: CoreHarness
afterEach(async () => t?.dispose())

describe('app.operations', () => {
  it('describes every operation with its access rule and a JSON Schema of its input', async () => {
    t = tempCore()
    const list = await t.ok('app.operations', {})
    expect(list.map((o) => o.name).sort()).toEqual(Object.keys(operations).sort())
    const update = list.find((o) => o.name === 'settings.update')!
    expect(update).toMatchObject({ access: ['admin'], mutates: true })
    expect(update.inputSchema).toMatchObject({
      type: 'object',
      properties: { fullName: { type: 'string', maxLength: 60 }, postcode: { type: 'string' }, version: { type: 'integer' } },
      additionalProperties: false,
    })
    expect((update.inputSchema as { required: string[] }).required).toEqual(expect.arrayContaining(['fullName', 'shortName', 'version']))
    expect(list.find((o) => o.name === 'auth.login')).toMatchObject({ access: 'public', mutates: false })
  })
})
