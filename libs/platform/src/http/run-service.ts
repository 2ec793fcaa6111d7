import { Logger } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import type { PlatformConfig, ServiceName } from '../config/platform-config';
import { loadPlatformConfig } from '../config/load-config';
import { findPersistence } from '../persistence/data-source-options';
import { migrateDatabase } from '../persistence/open-database';
import type { ApiDescription } from './openapi';
import { createHttpApp, UploadOptions } from './create-http-app';

/**
 * The whole main.ts of a service: validate configuration (refuse to start with a readable message), build the
 * app, listen on the configured port; with `--migrate` only migrate the database. Shutdown hooks drain consumers
 * and the relay on SIGTERM/SIGINT.
 */
export function runService(
  service: ServiceName,
  moduleFor: (config: PlatformConfig) => DynamicModule,
  api: ApiDescription,
  uploads?: UploadOptions,
): void {
  const start = async () => {
    const config = loadPlatformConfig(service);
    if (process.argv.includes('--migrate')) {
      // The migration init container: migrate and grant as the owner, then exit; the service never holds that login.
      await migrateDatabase(config, findPersistence(moduleFor(config))!);
      process.exit(0);
    }
    const app = await createHttpApp(moduleFor(config), { config, api, uploads });
    await app.listen({ port: config.port, host: config.host });
    // app.close() runs the shutdown hooks: HTTP stops accepting, consumers finish the event in hand, the relay
    // finishes its batch, NATS drains. Exit 0 afterwards, so supervisors see a clean stop.
    const shutdown = (signal: NodeJS.Signals) => {
      Logger.log(`${signal} received, shutting down`, 'Shutdown');
      const force = setTimeout(() => process.exit(1), 25_000).unref();
      app.close().then(
        () => process.exit(0),
        (err) => {
          clearTimeout(force);
          console.error(err);
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  };
  start().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
