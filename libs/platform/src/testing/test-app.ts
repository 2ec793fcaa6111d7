import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PlatformConfig } from '../config/platform-config';
import { createHttpApp, UploadOptions } from '../http/create-http-app';
import type { ApiDescription } from '../http/openapi';

/** The real application, initialised (database migrated, NATS consumers running) but not listening on a port. */
export async function startTestApp(
  module: DynamicModule,
  config: PlatformConfig,
  api: ApiDescription,
  uploads?: UploadOptions,
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(module, { config, api, uploads });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
