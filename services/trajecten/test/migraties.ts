import { DataSource } from 'typeorm';
import { dataSourceOptions, findPersistence, PlatformConfig } from '@wiz/platform';
import { TrajectenAppModule } from '../src/app.module';
import type { TrajectenTestApp } from './trajecten-test-app';

/**
 * Undoes migrations, newest first, until `naam` is undone, as the schema's owner: a test then writes what an install
 * before it held, and `t.boot()` migrates it as a release would.
 */
export async function terugTotVoor(t: TrajectenTestApp, naam: string): Promise<void> {
  const config = t.app.get(PlatformConfig);
  const persistence = findPersistence(TrajectenAppModule.register(config))!;
  const db = await new DataSource({
    ...dataSourceOptions(config, persistence),
    url: config.database.migrationUrl!,
  }).initialize();
  try {
    while ((await db.query(`SELECT 1 FROM schema_migrations WHERE name = $1`, [naam])).length > 0)
      await db.undoLastMigration({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}
