import type { DynamicModule, ValueProvider } from '@nestjs/common';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import type { PlatformConfig } from '../config/platform-config';
import { PlatformTables1763856000000 } from './migrations/1763856000000-platform-tables';
import { OutboxStreamSeq1798300000000 } from './migrations/1798300000000-outbox-stream-seq';

export interface PersistenceDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type: entity classes as constructors
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type: entity classes as constructors
  migrations: Function[];
  /**
   * Tables the running service may only read and add to (audit trails, records that must never change once
   * written): the runtime role gets SELECT and INSERT on them, nothing else.
   */
  appendOnly?: readonly string[];
  /**
   * Columns of append-only tables the runtime may overwrite (UPDATE on those columns only), for erasure (AVG art.
   * 17, retention): the table's own trigger decides when and to what, e.g. only to a fixed marker.
   */
  erasable?: Readonly<Record<string, readonly string[]>>;
}

/** One database per service; schema changes only through migrations (never `synchronize`). */
export function dataSourceOptions(config: PlatformConfig, persistence: PersistenceDefinition): PostgresOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities: persistence.entities,
    migrations: [PlatformTables1763856000000, OutboxStreamSeq1798300000000, ...persistence.migrations],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: config.database.poolSize,
      application_name: `wiz-${config.service}`,
      // No JIT: compiling costs 6–30 ms a statement and saves less on statements like the services' (a batch's facts
      // read in trajecten, its estimates grown with a table analysed while small, took 6 ms for 0.3 ms of work; a
      // million-line claim compiled 0.5–1.3 s). A connection option, so it costs no statement.
      options: '-c jit=off',
    },
    // Off: TypeORM's own error log prints query parameters, which carry personal data. Failed queries surface as
    // exceptions and are logged by the problem filter without their parameters.
    logging: false,
  };
}

/** Where PlatformModule keeps the service's definition, so `--migrate` finds it without building the app. */
export const PERSISTENCE_DEFINITION = Symbol('PersistenceDefinition');

/** The persistence definition given to PlatformModule.forRoot somewhere in a service's module tree. */
export function findPersistence(module: DynamicModule): PersistenceDefinition | undefined {
  const own = module.providers?.find(
    (p): p is ValueProvider<PersistenceDefinition> =>
      typeof p === 'object' && 'provide' in p && p.provide === PERSISTENCE_DEFINITION,
  );
  if (own) return own.useValue;
  for (const imported of module.imports ?? []) {
    if (imported && typeof imported === 'object' && 'module' in imported) {
      const found = findPersistence(imported);
      if (found) return found;
    }
  }
  return undefined;
}
