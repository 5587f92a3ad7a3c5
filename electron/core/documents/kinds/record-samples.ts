import type { AgencyProfile } from '../../../../shared/api/settings'
import type { DocumentKindDef, KindContext, KindRecord } from './types'

// The samples of a kind made from a record, shown in 文书 → 模板: each placeholder's value from a made-up record,
// with a stand-in agency in the kinds' list and the office's own name and 文号代字 where it is known.

const SAMPLE_AGENCY: AgencyProfile = { fullName: 'XX县市场监督管理局', shortName: 'X市监', address: 'XX县人民路1号', phone: '0598-1234567', postcode: '', version: 0, updatedAt: '', updatedBy: null }

/** The kind's placeholders (none typed by the user) with their samples, and the samples for an office. */
export function recordSamples(
  fields: readonly (readonly [name: string, description: string])[],
  values: (ctx: KindContext) => Record<string, string>,
  sampleRecord: (agency: AgencyProfile) => KindRecord,
  date: string,
): Pick<DocumentKindDef, 'placeholders' | 'samples'> {
  const samplesFor = (agency: AgencyProfile) => values({ agency, date, inputs: {}, record: sampleRecord(agency) })
  const samples = samplesFor(SAMPLE_AGENCY)
  return { placeholders: fields.map(([name, description]) => ({ name, description, input: false, sample: samples[name] ?? '' })), samples: samplesFor }
}
