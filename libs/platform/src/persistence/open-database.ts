import { DataSource } from 'typeorm';
import type { PlatformConfig } from '../config/platform-config';
import { dataSourceOptions, PersistenceDefinition } from './data-source-options';
import { grantRuntime, loginOf, provisionDatabase } from './database-roles';
import { ensureDatabase } from './ensure-database';
import { runMigrationsLocked } from './run-migrations';

/**
 * With the owner's login (`config.database.migrationUrl`): creates roles and database first when provisioning
 * (development, tests), migrates, and grants the runtime role what it may do. In production this is the migration
 * init container (`node services/<service>/dist/main.js --migrate`); the service itself never holds that login.
 */
export async function migrateDatabase(config: PlatformConfig, persistence: PersistenceDefinition): Promise<void> {
  const { migrationUrl, adminUrl, url } = config.database;
  if (!migrationUrl)
    throw new Error(
      `${config.service}: --migrate needs DATABASE_MIGRATION_URL (or ${config.service.toUpperCase()}_DATABASE_MIGRATION_URL)`,
    );
  if (adminUrl) await provisionDatabase(adminUrl, { owner: loginOf(migrationUrl), runtime: loginOf(url) });
  else await ensureDatabase(migrationUrl);
  const owner = await new DataSource({
    ...dataSourceOptions(config, persistence),
    url: migrationUrl,
    // Two: one holds the migration lock while TypeORM runs the migrations on the other.
    extra: { max: 2, application_name: `wiz-${config.service}-migrate` },
  }).initialize();
  try {
    await runMigrationsLocked(owner, (runner) =>
      grantRuntime(runner, loginOf(url), persistence.appendOnly ?? [], persistence.erasable),
    );
  } finally {
    await owner.destroy();
  }
}

/**
 * The service's connection, as its runtime role: migrated first when this process has the owner's login, and
 * refused when migrations are pending (the runtime role could not run them).
 */
export async function openDatabase(config: PlatformConfig, persistence: PersistenceDefinition): Promise<DataSource> {
  if (config.database.migrationUrl) await migrateDatabase(config, persistence);
  const dataSource = await new DataSource(dataSourceOptions(config, persistence)).initialize();
  try {
    await assertMigrated(dataSource);
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  return dataSource;
}

async function assertMigrated(dataSource: DataSource): Promise<void> {
  const applied = await dataSource.query('SELECT name FROM schema_migrations').then(
    (rows: { name: string }[]) => new Set(rows.map((r) => r.name)),
    (err: { code?: string }) => {
      if (err.code === '42P01') return new Set<string>(); // no migration ever ran
      throw err;
    },
  );
  const pending = dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
  if (pending.length > 0) {
    throw new Error(
      `the database is not migrated (${pending.join(', ')} pending): run the service with --migrate and DATABASE_MIGRATION_URL first`,
    );
  }
}
