import type { DynamicModule } from '@nestjs/common';
import type { PlatformConfig, ServiceName } from '../config/platform-config';
import { loadPlatformConfig } from '../config/load-config';
import type { ApiDescription } from './openapi';
import { createHttpApp } from './create-http-app';

/**
 * The whole main.ts of a service: validate configuration (refuse to start with a readable message), build the
 * app, listen on the configured port. Shutdown hooks drain consumers and the relay on SIGTERM/SIGINT.
 */
export function runService(service: ServiceName, moduleFor: (config: PlatformConfig) => DynamicModule, api: ApiDescription): void {
  const start = async () => {
    const config = loadPlatformConfig(service);
    const app = await createHttpApp(moduleFor(config), { config, api });
    await app.listen({ port: config.port, host: process.env.HOST ?? '0.0.0.0' });
  };
  start().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
