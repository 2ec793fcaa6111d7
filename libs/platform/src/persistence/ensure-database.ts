import { Client, escapeIdentifier } from 'pg';

/**
 * Creates the service's database when it does not exist yet (development, tests, first start), owned by `owner`
 * when given. In production the operator provisions it; the call is then a no-op. CREATE DATABASE cannot run in a
 * transaction or take IF NOT EXISTS, so a concurrent creation (two instances starting) is recognised by its error
 * code.
 */
export async function ensureDatabase(databaseUrl: string, owner?: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unsupported database name: ${name}`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client
        .query(`CREATE DATABASE "${name}"${owner ? ` OWNER ${escapeIdentifier(owner)}` : ''}`)
        .catch((err: { code?: string }) => {
          if (err.code !== '42P04' && err.code !== '23505') throw err; // created meanwhile by another instance
        });
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
