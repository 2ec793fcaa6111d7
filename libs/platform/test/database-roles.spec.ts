import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadPlatformConfig } from '../src/config/load-config';
import { provisionDatabase, withLogin } from '../src/persistence/database-roles';
import { dropDatabase, ensureDatabase } from '../src/persistence/ensure-database';
import { migrateDatabase, openDatabase } from '../src/persistence/open-database';
import { TestRun } from '../src/testing';

class ProbeJournaal1763857000000 implements MigrationInterface {
  name = 'ProbeJournaal1763857000000';
  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE probe_journaal (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tekst text NOT NULL)',
    );
    await q.query(
      'CREATE TABLE probe_notities (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tekst text NOT NULL)',
    );
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE probe_notities, probe_journaal');
  }
}

const persistence = { entities: [], migrations: [ProbeJournaal1763857000000], appendOnly: ['probe_journaal'] };

// The production way (deploy/): the operator made the roles, an init container migrates with the owner's login, the
// service runs with the app login only. Roles of this run's own, so their creation from nothing is exercised too.
describe('least-privilege database roles (issue 14, finding 8)', () => {
  const run = new TestRun();
  const admin = run.databaseUrl('intake');
  const legacy = run.databaseUrl('trajecten');
  const roles = { owner: `${run.id}_owner`, runtime: `${run.id}_app` };
  const stranger = `${run.id}_ander`;
  const env = {
    ...run.env,
    DATABASE_PROVISION_ROLES: 'false',
    INTAKE_DATABASE_URL: withLogin(admin, roles.runtime),
    INTAKE_DATABASE_MIGRATION_URL: withLogin(admin, roles.owner),
  };
  const migrating = loadPlatformConfig('intake', env);
  const runtimeOnly = loadPlatformConfig('intake', { ...env, INTAKE_DATABASE_MIGRATION_URL: undefined });

  const asAdmin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: admin.replace(/\/[^/]*$/, '/postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  afterAll(async () => {
    await dropDatabase(admin);
    await dropDatabase(legacy);
    await asAdmin(async (c) => {
      for (const role of [roles.owner, roles.runtime, stranger]) await c.query(`DROP ROLE IF EXISTS "${role}"`);
    });
    await run.cleanup();
  });

  it('creates the roles and the database once when many instances start at the same moment', async () => {
    await Promise.all(Array.from({ length: 6 }, () => provisionDatabase(admin, roles)));
    const made = await asAdmin((c) =>
      c.query(
        `SELECT rolname, rolsuper, rolcreatedb, rolcreaterole, rolcanlogin FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname`,
        [[roles.owner, roles.runtime]],
      ),
    );
    expect(made.rows).toEqual(
      [roles.runtime, roles.owner]
        .sort()
        .map((rolname) => ({ rolname, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolcanlogin: true })),
    );
  });

  it('refuses to start the service on a database its migrations have not reached', async () => {
    await expect(openDatabase(runtimeOnly, persistence)).rejects.toThrow(
      /not migrated \(PlatformTables1763856000000, OutboxStreamSeq1798300000000, ProbeJournaal1763857000000 pending\)/,
    );
  });

  it('migrates as the owner (twice at once, as two init containers would), then runs as the app role', async () => {
    await Promise.all([migrateDatabase(migrating, persistence), migrateDatabase(migrating, persistence)]);
    const db = await openDatabase(runtimeOnly, persistence);
    try {
      expect(await db.query('SELECT current_user AS role')).toEqual([{ role: roles.runtime }]);
      await db.query(`INSERT INTO probe_notities (tekst) VALUES ('a')`);
      await db.query(`UPDATE probe_notities SET tekst = 'b'`);
      await db.query(`DELETE FROM probe_notities`);
      await db.query(`INSERT INTO probe_journaal (tekst) VALUES ('gelezen door x')`);
      expect(await db.query('SELECT tekst FROM probe_journaal')).toEqual([{ tekst: 'gelezen door x' }]);
      await expect(db.query(`UPDATE probe_journaal SET tekst = 'niemand'`)).rejects.toThrow(
        /permission denied for table probe_journaal/,
      );
      await expect(db.query(`DELETE FROM probe_journaal`)).rejects.toThrow(
        /permission denied for table probe_journaal/,
      );
      await expect(db.query(`TRUNCATE probe_notities`)).rejects.toThrow(/permission denied for table probe_notities/);
      await expect(db.query(`DROP TABLE probe_journaal`)).rejects.toThrow(/must be owner of table probe_journaal/);
      await expect(db.query(`SET ROLE "${roles.owner}"`)).rejects.toThrow(/permission denied to set role/);
      await expect(db.query(`INSERT INTO schema_migrations (timestamp, name) VALUES (1, 'x')`)).rejects.toThrow(
        /permission denied for table schema_migrations/,
      );
    } finally {
      await db.destroy();
    }
  });

  it('hands a development database made before the roles (owned by the superuser) to the owner, data kept', async () => {
    await ensureDatabase(legacy);
    const superuser = new Client({ connectionString: legacy });
    await superuser.connect();
    try {
      await superuser.query('CREATE TABLE oud (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tekst text)');
      await superuser.query(`CREATE FUNCTION oud_teller() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM oud'`);
      await superuser.query(`INSERT INTO oud (tekst) VALUES ('bewaard')`);
      await provisionDatabase(legacy, roles);
      const owners = await superuser.query(
        `SELECT (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) AS db,
                (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'oud') AS tabel,
                (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'oud_id_seq') AS reeks,
                (SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'oud_teller') AS functie`,
      );
      expect(owners.rows).toEqual([{ db: roles.owner, tabel: roles.owner, reeks: roles.owner, functie: roles.owner }]);
      expect((await superuser.query('SELECT tekst FROM oud')).rows).toEqual([{ tekst: 'bewaard' }]);
    } finally {
      await superuser.end();
    }
  });

  it("lets no other login of the server into the service's database", async () => {
    await asAdmin((c) => c.query(`CREATE ROLE "${stranger}" LOGIN`));
    const client = new Client({ connectionString: withLogin(admin, stranger) });
    await expect(client.connect()).rejects.toThrow(/permission denied for database/);
  });
});
