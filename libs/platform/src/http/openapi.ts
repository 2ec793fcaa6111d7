import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

export interface ApiDescription {
  title: string;
  description: string;
  version: string;
}

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'The request has 1 invalid field.' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const STANDARD_ERRORS: Record<string, string> = {
  '401': 'No or an invalid bearer token.',
  '403': "The caller's role may not use this operation.",
  '429': 'Too many requests.',
  '500': 'Unexpected error.',
  '503': 'A dependency (database, message bus) is unavailable.',
};

/**
 * The service's OpenAPI 3 document, completed so that it satisfies the NL API Design Rules in one place: the
 * API-Version header on every 2xx/3xx, problem+json for every 4xx/5xx, a 400 on every operation with input.
 */
export function buildOpenApiDocument(app: INestApplication, api: ApiDescription): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(api.title)
    .setDescription(api.description)
    .setVersion(api.version)
    .setContact('Werk in Zicht', 'https://www.werkinzicht.nl', 'servicedesk@werkinzicht.nl')
    .addServer('/api/v1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  const document = cleanupOpenApiDoc(SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true }));
  return completeForNlRules(document, api.version);
}

export function completeForNlRules(document: OpenAPIObject, version: string): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA };
  document.components.headers = {
    ...document.components.headers,
    'API-Version': { description: 'The full version of this API.', schema: { type: 'string', example: version } },
  };
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method) || !operation) continue;
      const op = operation as { parameters?: unknown[]; requestBody?: unknown; responses: Record<string, any> };
      const takesInput = method !== 'get' && method !== 'delete' ? true : (op.parameters?.length ?? 0) > 0;
      if (takesInput)
        op.responses['400'] ??= { description: 'Invalid input; every invalid field is listed in `errors`.' };
      for (const [code, description] of Object.entries(STANDARD_ERRORS)) op.responses[code] ??= { description };
      for (const [code, response] of Object.entries(op.responses)) {
        if (/^[23]\d\d$/.test(code)) {
          response.headers = { ...response.headers, 'API-Version': { $ref: '#/components/headers/API-Version' } };
        } else if (/^[45]\d\d$/.test(code)) {
          response.content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
        }
      }
    }
  }
  return document;
}
