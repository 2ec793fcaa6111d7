import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import type { QueryRunner } from 'typeorm';
import type { ServiceName } from '../config/platform-config';
import { ensureDatabase } from './ensure-database';

/**
 * Least privilege in the database: a service's database and every table in it belong to its owner role, which only
 * migrations use. The service runs as a separate runtime role that owns nothing and is not a member of the owner,
 * so it cannot run DDL, cannot drop or disable a trigger, and cannot SET ROLE to the owner. Append-only tables
 * (audit trails, claimed lines) are granted to it for SELECT and INSERT only.
 */

/** The roles `DATABASE_PROVISION_ROLES` creates for a service (development and tests); deploy/ uses the same names. */
export function provisionedRoles(service: ServiceName): { owner: string; runtime: string } {
  return { owner: `wiz_${service}_owner`, runtime: `wiz_${service}_app` };
}

/** The login a postgres:// URL connects with. */
export function loginOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).username);
}

/** The same server and database, logged in as another role (with the same password: a development convenience). */
export function withLogin(databaseUrl: string, role: string): string {
  const url = new URL(databaseUrl);
  url.username = encodeURIComponent(role);
  return url.toString();
}

/** A service's database on the server of a URL: its own (`<SERVICE>_<key>`), or `<key>` with database `wiz_<service>`. */
function serviceDatabaseUrl(
  service: ServiceName,
  env: Record<string, unknown>,
  key: 'DATABASE_URL' | 'DATABASE_MIGRATION_URL',
): string | undefined {
  const own = env[`${service.toUpperCase()}_${key}`];
  if (typeof own === 'string') return own;
  if (typeof env[key] !== 'string') return undefined;
  const server = new URL(env[key]);
  server.pathname = `/wiz_${service}`;
  return server.toString();
}

/**
 * The logins of a service's database from validated configuration: the runtime's (`DATABASE_URL`) and the owner's
 * (`DATABASE_MIGRATION_URL`), or, when provisioning (the default outside production without a migration URL),
 * both derived from the superuser login of `DATABASE_URL`.
 */
export function databaseLogins(
  service: ServiceName,
  env: Record<string, unknown>,
): { url: string; migrationUrl?: string; adminUrl?: string } {
  const url = serviceDatabaseUrl(service, env, 'DATABASE_URL')!;
  const migrationUrl = serviceDatabaseUrl(service, env, 'DATABASE_MIGRATION_URL');
  const provision =
    (env.DATABASE_PROVISION_ROLES as boolean | undefined) ?? (env.NODE_ENV !== 'production' && !migrationUrl);
  if (!provision) return { url, migrationUrl };
  const roles = provisionedRoles(service);
  return { url: withLogin(url, roles.runtime), migrationUrl: withLogin(url, roles.owner), adminUrl: url };
}

// Any constant works; it only has to be the same for every service, since roles are shared by the whole server.
const ROLE_LOCK_KEY = 7_450_214;

/**
 * Development and tests: with a superuser login (`adminUrl`), creates the owner and runtime roles when missing and
 * the database owned by the owner. Roles belong to the whole server, so every test run and every instance creates
 * the same ones at the same moment: one advisory lock (held until commit) makes them take turns.
 */
export async function provisionDatabase(adminUrl: string, roles: { owner: string; runtime: string }): Promise<void> {
  const server = new URL(adminUrl);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [ROLE_LOCK_KEY]);
    const password = server.password ? ` PASSWORD ${escapeLiteral(decodeURIComponent(server.password))}` : '';
    for (const role of [roles.owner, roles.runtime]) {
      const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (found.rowCount === 0) {
        await client.query(
          `CREATE ROLE ${escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${password}`,
        );
      }
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  await ensureDatabase(adminUrl, roles.owner);
  await handOver(adminUrl, roles.owner);
}

/**
 * A development database made before services had roles of their own belongs, with its tables and functions, to
 * the superuser; the owner role could neither migrate nor grant it. Hands it over, so `npm start` keeps its data.
 * Indexes and a table's own sequences follow their table. Nothing to do (every start after the first) is one query.
 */
async function handOver(adminUrl: string, owner: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const role = escapeLiteral(owner);
  try {
    // One statement, one transaction; the lock keeps two instances of the service from changing the same rows.
    await client.query(
      `DO $$ DECLARE r record; BEGIN
         PERFORM pg_advisory_xact_lock(${ROLE_LOCK_KEY});
         IF (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) <> ${role} THEN
           EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), ${role});
         END IF;
         FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                     AND pg_get_userbyid(c.relowner) <> ${role}
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
         LOOP EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, ${role}); END LOOP;
         FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                   WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> ${role}
         LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.name, ${role}); END LOOP;
       END $$`,
    );
  } finally {
    await client.end();
  }
}

/**
 * Run by the owner after migrations, under the migration lock (two GRANTs on one object at once fail with "tuple
 * concurrently updated"). Rebuilt from nothing each time, in one transaction: tables a new migration made are
 * covered, a table that became append-only loses what it had, and the runtime never sees a moment without rights.
 */
export async function grantRuntime(
  q: QueryRunner,
  runtime: string,
  appendOnly: readonly string[],
  erasable: Readonly<Record<string, readonly string[]>> = {},
): Promise<void> {
  const role = escapeIdentifier(runtime);
  const [{ db }] = await q.query('SELECT current_database() AS db');
  await q.startTransaction();
  try {
    // Other logins on the server (another service's runtime) may not even connect to this database.
    await q.query(`REVOKE ALL ON DATABASE ${escapeIdentifier(db)} FROM PUBLIC`);
    await q.query(`GRANT CONNECT ON DATABASE ${escapeIdentifier(db)} TO ${role}`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    // The runtime reads which migrations ran (it refuses to start on an unmigrated schema) but records none.
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${role}`);
    for (const table of appendOnly) await q.query(`REVOKE UPDATE, DELETE ON ${escapeIdentifier(table)} FROM ${role}`);
    for (const [table, columns] of Object.entries(erasable))
      await q.query(
        `GRANT UPDATE (${columns.map(escapeIdentifier).join(', ')}) ON ${escapeIdentifier(table)} TO ${role}`,
      );
    await q.commitTransaction();
  } catch (err) {
    await q.rollbackTransaction();
    throw err;
  }
}
