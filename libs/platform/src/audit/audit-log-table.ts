import type { QueryRunner } from 'typeorm';
import { createAppendOnlyTriggers } from '../persistence/append-only-triggers';

/**
 * The one shape of `audit_log` in every service: who (subject, rollen, organisatie), why (doel), what was done
 * (actie) to what (wat_soort, wat_id), whose data (inwoner_ids), when (at), and the correlation id that ties the row
 * to the request or event. `details` holds a change's values where a service keeps them (never personal data).
 */
export const AUDIT_LOG_COLUMNS = `
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  subject text NOT NULL,
  rollen text[] NOT NULL,
  organisatie text NOT NULL,
  doel text NOT NULL,
  actie text NOT NULL,
  wat_soort text NOT NULL,
  wat_id text,
  inwoner_ids uuid[] NOT NULL DEFAULT '{}',
  details jsonb,
  correlation_id text NOT NULL`;

/** The privacy officer asks by person (GIN over the array) or by user and period. */
export async function createAuditLogIndexes(q: QueryRunner): Promise<void> {
  await q.query('CREATE INDEX audit_log_inwoners ON audit_log USING gin (inwoner_ids)');
  await q.query('CREATE INDEX audit_log_subject_at ON audit_log (subject, at)');
  await q.query('CREATE INDEX audit_log_at ON audit_log (at)');
}

/**
 * For a service's migration: a new `audit_log` in the shape above, append-only for its owner too (trigger function
 * `fn`); the runtime role gets SELECT and INSERT only when the service lists `audit_log` in `appendOnly`.
 */
export async function createAuditLogTable(q: QueryRunner, fn = 'audit_log_alleen_toevoegen'): Promise<void> {
  await q.query(`CREATE TABLE audit_log (${AUDIT_LOG_COLUMNS})`);
  await createAuditLogIndexes(q);
  await createAppendOnlyTriggers(q, fn, ['audit_log']);
}

/**
 * For a migration that converts an older `audit_log` in place: `at` and `subject` were `tijdstip` and `actor`.
 * Renames and ALTER … TYPE rewrite no row through the append-only triggers (those fire on UPDATE and DELETE only).
 */
export async function renameLegacyAuditColumns(q: QueryRunner): Promise<void> {
  await q.query('ALTER TABLE audit_log RENAME COLUMN tijdstip TO at');
  await q.query('ALTER TABLE audit_log RENAME COLUMN actor TO subject');
}

/**
 * For each service's migration of issue 20: the reader's display name (the token's `name` claim) beside `subject`,
 * so "who read my data" shows a person (`J. de Vries`, role, organisation) instead of a staff id. Nullable: older
 * rows and tokens without a name keep none. ADD COLUMN rewrites no row through the append-only triggers.
 */
export async function addAuditWieNaam(q: QueryRunner): Promise<void> {
  await q.query('ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS wie_naam text');
}
