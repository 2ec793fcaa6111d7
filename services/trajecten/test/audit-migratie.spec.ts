import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { TestRun } from '@wiz/platform/testing';
import { ensureDatabase, dropDatabase } from '@wiz/platform';
import { AuditLogEenvormig1797200000000 } from '../src/database/migrations/1797200000000-audit-log-eenvormig';

/**
 * A trajecten database made before issue 19 keeps its audit rows when audit_log takes the one shape: the traject
 * becomes `wat`, its inwoner `inwoner_ids` (none when the traject is unknown), the purpose `begeleiding`; and the
 * append-only trigger still refuses every rewrite. (Every database takes this path: JournaalPlan makes the old shape.)
 */
describe('trajecten: audit_log converted in place', () => {
  const run = new TestRun();
  const url = run.databaseUrl('trajecten');
  const client = new Client({ connectionString: url });
  beforeAll(async () => {
    await ensureDatabase(url);
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await dropDatabase(url);
  });

  it('keeps every row, naming the inwoner of its traject', async () => {
    const q = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows };
    await client.query(`
      CREATE TABLE trajecten (id uuid PRIMARY KEY, inwoner_id uuid NOT NULL);
      CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tijdstip timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL, rollen text[] NOT NULL, organisatie text NOT NULL, actie text NOT NULL, traject_id uuid NOT NULL,
        correlation_id text NOT NULL);
      CREATE INDEX audit_log_traject ON audit_log (traject_id, tijdstip);
      CREATE FUNCTION alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
      CREATE TRIGGER audit_log_geen_wijziging BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION alleen_toevoegen();
      INSERT INTO trajecten VALUES ('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222');
      INSERT INTO audit_log (actor, rollen, organisatie, actie, traject_id, correlation_id) VALUES
        ('anna', '{consulent}', 'GM0014', 'plan-inzien', '11111111-1111-4111-8111-111111111111', 'c1'),
        ('bert', '{consulent}', 'GM0014', 'journaal-inzien', '33333333-3333-4333-8333-333333333333', 'c2')`);
    await new AuditLogEenvormig1797200000000().up(q as unknown as QueryRunner);
    const { rows } = await client.query(
      `SELECT subject, actie, doel, wat_soort, wat_id, inwoner_ids::text[] AS inwoners, correlation_id, at IS NOT NULL AS at
       FROM audit_log ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        subject: 'anna',
        actie: 'plan-inzien',
        doel: 'begeleiding',
        wat_soort: 'traject',
        wat_id: '11111111-1111-4111-8111-111111111111',
        inwoners: ['22222222-2222-4222-8222-222222222222'],
        correlation_id: 'c1',
        at: true,
      },
      {
        subject: 'bert',
        actie: 'journaal-inzien',
        doel: 'begeleiding',
        wat_soort: 'traject',
        wat_id: '33333333-3333-4333-8333-333333333333',
        inwoners: [],
        correlation_id: 'c2',
        at: true,
      },
    ]);
    await expect(client.query(`UPDATE audit_log SET doel = 'x'`)).rejects.toThrow(/audit_log is append-only/);
    // Run again on the converted table (a new database's order): nothing to convert.
    await new AuditLogEenvormig1797200000000().up(q as unknown as QueryRunner);
  });
});
