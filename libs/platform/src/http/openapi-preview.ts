import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ApiDescription, buildOpenApiDocument } from './openapi';

/**
 * A service's OpenAPI document from its module alone, as the running service serves it: Nest's preview mode
 * resolves the module graph without instantiating a provider, so no database, NATS or Redis is needed.
 */
export async function openApiDocumentOf(module: DynamicModule, api: ApiDescription): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return buildOpenApiDocument(app, api);
  } finally {
    await app.close();
  }
}
