import type { QueryRunner } from 'typeorm';

/**
 * For a migration: makes tables refuse UPDATE, DELETE and TRUNCATE even to their owner (the runtime role's lack of
 * those rights, `appendOnly` in the persistence definition, does not bind the owner). One trigger function, named
 * by the migration, raises "<table> is append-only".
 */
export async function createAppendOnlyTriggers(q: QueryRunner, fn: string, tables: readonly string[]): Promise<void> {
  await q.query(`
    CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
  for (const table of tables) {
    await q.query(
      `CREATE TRIGGER ${table}_geen_wijziging BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    await q.query(
      `CREATE TRIGGER ${table}_geen_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    );
  }
}
