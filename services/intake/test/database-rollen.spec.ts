import { Client } from 'pg';
import { PlatformConfig } from '@wiz/platform';
import { aanmelding, IntakeTestApp } from './intake-test-app';

// Finding 8 of issue 14: the service wrote its own audit trail as the database's owner (a superuser locally), so it
// could drop the trigger that keeps audit_log append-only. It now runs as a runtime role that owns nothing.
describe("intake database roles: the audit trail is out of the running service's reach", () => {
  const t = new IntakeTestApp();
  let runtime: Client;
  let owner: Client;
  let ownerRole: string;
  let inwonerId: string;

  beforeAll(async () => {
    await t.start();
    const { url, migrationUrl } = t.app.get(PlatformConfig).database;
    ownerRole = decodeURIComponent(new URL(migrationUrl!).username);
    runtime = new Client({ connectionString: url });
    owner = new Client({ connectionString: migrationUrl });
    await Promise.all([runtime.connect(), owner.connect()]);
    // Two audit rows through the API: the registration and a read of the inwoner.
    const fo = await t.as('frontoffice', 'GM0014', 'balie-1');
    inwonerId = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body.inwonerId;
    await fo.get(`/api/v1/inwoners/${inwonerId}`).expect(200);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([runtime?.end(), owner?.end()]);
    await t.stop();
  });

  const auditRows = async () =>
    (
      await runtime.query('SELECT id, subject, actie FROM audit_log WHERE $1 = ANY(inwoner_ids) ORDER BY id', [
        inwonerId,
      ])
    ).rows;

  it('runs the service as a role that is neither superuser nor owner of anything', async () => {
    const [me] = await t.query(
      `SELECT current_user AS role, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({
      role: 'wiz_intake_app',
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
    });
    expect(me.role).not.toBe(ownerRole);
    const owned = await t.query(
      `SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    expect(owned).toEqual([]);
    const [{ member }] = await t.query(`SELECT pg_has_role(current_user, $1, 'MEMBER') AS member`, [ownerRole]);
    expect(member).toBe(false);
  });

  it('lets the runtime role add and read audit rows', async () => {
    const before = await auditRows();
    expect(before.map((r) => r.actie)).toContain('inzage');
    await runtime.query(
      `INSERT INTO audit_log (subject, rollen, organisatie, actie, wat_soort, inwoner_ids, doel, correlation_id) VALUES ('balie-1', '{frontoffice}', 'GM0014', 'inzage', 'inwoner', ARRAY[$1::uuid], 'test', 'c1')`,
      [inwonerId],
    );
    expect(await auditRows()).toHaveLength(before.length + 1);
  });

  it.each([
    ['change an audit row', `UPDATE audit_log SET subject = 'iemand anders'`, /permission denied for table audit_log/],
    ['delete audit rows', `DELETE FROM audit_log`, /permission denied for table audit_log/],
    ['truncate the audit log', `TRUNCATE audit_log`, /permission denied for table audit_log/],
    ['switch its triggers off', `ALTER TABLE audit_log DISABLE TRIGGER ALL`, /must be owner of table audit_log/],
    [
      'drop the append-only trigger',
      `DROP TRIGGER audit_log_geen_wijziging ON audit_log`,
      /must be owner of (table|relation) audit_log/,
    ],
    [
      'replace the trigger function',
      `CREATE OR REPLACE FUNCTION audit_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      /permission denied for schema public|must be owner of function audit_log_alleen_toevoegen/,
    ],
    ['drop the audit table', `DROP TABLE audit_log`, /must be owner of table audit_log/],
    ['take the audit table over', `ALTER TABLE audit_log OWNER TO CURRENT_USER`, /must be owner of table audit_log/],
    ['become the owner', `SET ROLE wiz_intake_owner`, /permission denied to set role "wiz_intake_owner"/],
    [
      'rewrite the consent history',
      `UPDATE toestemming_wijzigingen SET gegeven = NOT gegeven`,
      /permission denied for table toestemming_wijzigingen/,
    ],
    ['forge the migration record', `DELETE FROM schema_migrations`, /permission denied for table schema_migrations/],
    ['create a table', `CREATE TABLE schaduw (id int)`, /permission denied for schema public/],
  ])('refuses the runtime role to %s', async (_attack, sql, refusal) => {
    const before = await auditRows();
    await expect(runtime.query(sql)).rejects.toThrow(refusal);
    expect(await auditRows()).toEqual(before);
  });

  it("refuses it through the service's own connection pool too", async () => {
    await expect(
      t.query(`UPDATE audit_log SET subject = 'iemand anders' WHERE $1 = ANY(inwoner_ids)`, [inwonerId]),
    ).rejects.toThrow(/permission denied/);
    await expect(t.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_geen_wijziging`)).rejects.toThrow(
      /must be owner/,
    );
    const [{ enabled }] = await t.query(
      `SELECT tgenabled AS enabled FROM pg_trigger WHERE tgname = 'audit_log_geen_wijziging'`,
    );
    expect(enabled).toBe('O'); // still firing
  });

  it('cannot grant itself what it was not given', async () => {
    await runtime.query(`GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO CURRENT_USER`).catch(() => undefined); // at most a warning
    await expect(runtime.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
  });

  it('keeps the trigger as a second wall against mistakes: not even the owner rewrites the audit log by accident', async () => {
    await expect(owner.query(`UPDATE audit_log SET subject = 'iemand anders'`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });
});
