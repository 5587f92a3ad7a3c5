import type { Migration } from './types'

// Versioned document templates and the archive of every generated document (the issued bytes themselves).
export const m002Documents: Migration = {
  version: 2,
  name: 'documents',
  sql: `
CREATE TABLE document_templates (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  version_no  INTEGER NOT NULL CHECK (version_no >= 1),
  title       TEXT NOT NULL,
  body        TEXT NOT NULL,
  -- An uploaded Word template (.docx with the same {{占位符}}) replaces the built-in layout when present.
  docx        BLOB,
  docx_name   TEXT,
  restored_from INTEGER,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE UNIQUE INDEX document_templates_kind_version_ux ON document_templates (kind, version_no);

CREATE TABLE document_archive (
  id               TEXT PRIMARY KEY,
  kind             TEXT NOT NULL,
  title            TEXT NOT NULL,
  file_name        TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  record_ids       TEXT NOT NULL DEFAULT '[]',
  inputs           TEXT NOT NULL DEFAULT '{}',
  sha256           TEXT NOT NULL,
  size_bytes       INTEGER NOT NULL,
  content          BLOB NOT NULL,
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX document_archive_created_ix ON document_archive (created_at);
CREATE INDEX document_archive_kind_ix ON document_archive (kind, created_at);

-- Font names for documents, for offices whose PCs name the fonts differently. One row; absent = defaults.
CREATE TABLE document_fonts (
  id          TEXT PRIMARY KEY,
  singleton   INTEGER NOT NULL DEFAULT 1 CHECK (singleton = 1),
  title       TEXT NOT NULL,
  body        TEXT NOT NULL,
  heading1    TEXT NOT NULL,
  heading2    TEXT NOT NULL,
  page_number TEXT NOT NULL,
  latin       TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL REFERENCES users (id),
  version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;
CREATE UNIQUE INDEX document_fonts_singleton_ux ON document_fonts (singleton);
`,
}
