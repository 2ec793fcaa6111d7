import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { PlatformConfig } from '../config/platform-config';
import { PlatformTables1763856000000 } from './migrations/1763856000000-platform-tables';

export interface PersistenceDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

/** One database per service; schema changes only through migrations (never `synchronize`). */
export function dataSourceOptions(config: PlatformConfig, persistence: PersistenceDefinition): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities: persistence.entities,
    migrations: [PlatformTables1763856000000, ...persistence.migrations],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.database.poolSize, application_name: `wiz-${config.service}` },
    // Off: TypeORM's own error log prints query parameters, which carry personal data. Failed queries surface as
    // exceptions and are logged by the problem filter without their parameters.
    logging: false,
  };
}
