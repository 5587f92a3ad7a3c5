import type BetterSqlite3 from 'better-sqlite3'

/**
 * Takes a database back from the latest schema to schema 7 (drops what migrations 8–16 made; a new migration adds its undo here), for tests that
 * rewind further to replay an older migration on records made today.
 */
export function undoMigrationsAfter7(raw: BetterSqlite3.Database): void {
  undoMigration16(raw)
  raw.exec(`
    DROP INDEX seizure_outcomes_date_ix;
    DROP TABLE station_settings; DROP TABLE station_attachments; DROP TABLE station_reviews; DROP TABLE station_status_changes; DROP TABLE stations;
    DROP TABLE typical_settings; DROP TABLE typical_reviews; DROP TABLE typical_versions; DROP TABLE typical_entries; DROP TABLE typical_collections;
    DROP TABLE case_settings; DROP TABLE case_pauses; DROP TABLE case_extensions; DROP TABLE case_seizures; DROP TABLE case_officers; DROP TABLE penalty_cases;
    DROP TABLE holiday_years;
    ALTER TABLE backup_settings DROP COLUMN verify_problems; ALTER TABLE backup_settings DROP COLUMN verified_at;
    DROP TRIGGER seizure_outcomes_confiscated_ai; DROP TRIGGER seizure_outcomes_confiscated_au; DROP TRIGGER seizure_outcomes_facts_fixed;
    DROP TABLE destruction_attachments; DROP TABLE destruction_corrections; DROP TABLE destruction_lines; DROP TABLE destruction_people;
    DROP TABLE destruction_batches; DROP TABLE number_counters;
    DROP INDEX seizure_items_stock_ix;
    ALTER TABLE seizure_items DROP COLUMN batch_milli;
    ALTER TABLE seizure_items DROP COLUMN confiscated_milli;
    DELETE FROM schema_migrations WHERE version IN (8, 9, 10, 11, 12, 13, 14, 15, 16);
    PRAGMA user_version = 7;`)
}

/** Takes a database back from schema 17 to 16: drops the seals. */
export function undoMigration17(raw: BetterSqlite3.Database): void {
  raw.exec(`DROP TABLE audit_seal; DROP TABLE record_seals; DELETE FROM schema_migrations WHERE version = 17; PRAGMA user_version = 16;`)
}

/** Takes a database back from the latest schema to 15: drops the 专项行动 tables (their triggers and indexes go with them). */
export function undoMigration16(raw: BetterSqlite3.Database): void {
  undoMigration17(raw)
  raw.exec(`
    DROP TABLE campaign_links; DROP TABLE campaign_figures; DROP TABLE campaign_reports; DROP TABLE campaign_items;
    DROP TABLE campaign_task_photos; DROP TABLE campaign_tasks; DROP TABLE campaign_units; DROP TABLE campaigns;
    DELETE FROM schema_migrations WHERE version = 16;
    PRAGMA user_version = 15;`)
}
