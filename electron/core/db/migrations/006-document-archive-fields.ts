import type { Migration } from './types'

// 文书 → 存档 tells documents apart by what they are about: the 文号 (a 清单's is its decision's), the 登记号
// and the 当事人, set by the kind when it is issued. Documents issued earlier get them from what is at hand:
// a 公告's typed 文号, a 清单's seizure record as it stands now (the issued bytes are not touched).
export const m006DocumentArchiveFields: Migration = {
  version: 6,
  name: 'document-archive-fields',
  sql: `
ALTER TABLE document_archive ADD COLUMN document_no TEXT NOT NULL DEFAULT '';
ALTER TABLE document_archive ADD COLUMN register_no TEXT NOT NULL DEFAULT '';
ALTER TABLE document_archive ADD COLUMN party_name TEXT NOT NULL DEFAULT '';
UPDATE document_archive SET document_no = trim(ifnull(json_extract(inputs, '$."文号"'), '')) WHERE kind = 'notice';
UPDATE document_archive
   SET document_no = s.decision_no, register_no = s.register_no, party_name = s.party_name
  FROM seizures AS s
 WHERE document_archive.kind = 'seizure_inventory' AND s.id = json_extract(document_archive.record_ids, '$[0]');
CREATE INDEX document_archive_creator_ix ON document_archive (created_by, created_at);
`,
}
