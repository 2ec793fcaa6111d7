import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { PROBLEM_TYPES } from './problem';
import { z } from 'zod';
import { ETAG_EXTENSION, responseSchemaNamed } from './operation.decorator';

export interface ApiDescription {
  title: string;
  description: string;
  version: string;
}

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: {
      type: 'string',
      description: 'The kind of problem; a client shows its own text per type.',
      enum: PROBLEM_TYPES,
      example: PROBLEM_TYPES[0],
    },
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

const BODY_ERRORS: Record<string, string> = {
  '413': 'The request body is larger than this operation accepts.',
  '415': 'The request body has a content type this operation does not take.',
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
  const document = cleanupOpenApiDoc(
    SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true, operationIdFactory: readableOperationId }),
  );
  return completeForNlRules(withOpenApi30Nulls(responseSchemasFromZod(withPlainSchemaNames(document))), api.version);
}

/**
 * Each response schema of an @Operation straight from its zod schema, in OpenAPI 3.0 terms (`nullable`), open to
 * fields added later (a release may add response fields): no `additionalProperties: false`.
 */
function responseSchemasFromZod(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const name of Object.keys(schemas)) {
    const schema = responseSchemaNamed(name);
    if (!schema) continue;
    const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output' });
    schemas[name] = JSON.parse(JSON.stringify(json), (key, value: unknown) =>
      key === 'additionalProperties' && value === false ? undefined : value,
    ) as (typeof schemas)[string];
  }
  return document;
}

/**
 * Nested nullable fields come out of zod's JSON Schema as `type: [T, 'null']`, which OpenAPI 3.0 (this document's
 * version) spells `type: T, nullable: true`.
 */
function withOpenApi30Nulls<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withOpenApi30Nulls) as T;
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, withOpenApi30Nulls(value)] as const);
  const schema = Object.fromEntries(entries) as Record<string, unknown>;
  const { type } = schema;
  if (Array.isArray(type) && type.length === 2 && type.includes('null')) {
    return { ...schema, type: type.find((t) => t !== 'null'), nullable: true } as T;
  }
  return schema as T;
}

/**
 * The operationId of an operation that does not set its own (with @Operation): the method, then the controller's
 * subject (`listDeadLetters`, not Nest's `DeadLettersController_list`); a use-case controller whose name starts
 * with the method's verb is that name alone (`RegistreerWerkgeverController.registreer`: `registreerWerkgever`).
 */
function readableOperationId(controllerKey: string, methodKey: string): string {
  const subject = controllerKey.replace(/Controller$/, '');
  const verb = (name: string) => /^[A-Za-z][a-z]*/.exec(name)?.[0].toLowerCase();
  return verb(subject) === verb(methodKey) ? subject[0].toLowerCase() + subject.slice(1) : `${methodKey}${subject}`;
}

/** Uploads (CSV, XLSX, …) are documented as what they are: a binary body, not the Buffer type of the handler. */
function uploadsAsBinary(operation: { requestBody?: unknown }): void {
  const content = (operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
  for (const [type, media] of Object.entries(content ?? {})) {
    if (type !== 'application/json') media.schema = { type: 'string', format: 'binary' };
  }
}

/**
 * nestjs-zod names a response DTO's schema `<Dto>_Output` (the parsed side of its schema); a response schema
 * keeps its class name, which is what a generated client calls the type, unless a request schema has that name.
 */
function withPlainSchemaNames(document: OpenAPIObject): OpenAPIObject {
  const names = Object.keys(document.components?.schemas ?? {});
  let text = JSON.stringify(document);
  for (const name of names.filter((n) => n.endsWith('_Output'))) {
    const plain = name.slice(0, -'_Output'.length);
    if (names.includes(plain)) continue;
    text = text.replaceAll(`"#/components/schemas/${name}"`, `"#/components/schemas/${plain}"`);
    text = text.replace(`"${name}":{`, `"${plain}":{`);
  }
  return JSON.parse(text) as OpenAPIObject;
}

export function completeForNlRules(document: OpenAPIObject, version: string): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA };
  document.components.headers = {
    ...document.components.headers,
    'API-Version': { description: 'The full version of this API.', schema: { type: 'string', example: version } },
    ETag: {
      description: 'The version of the resource; send it back as If-Match.',
      schema: { type: 'string', example: '"3"' },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method) || !operation) continue;
      const op = operation as {
        parameters?: unknown[];
        requestBody?: unknown;
        responses: Record<string, any>;
        [ETAG_EXTENSION]?: boolean;
      };
      const etag = op[ETAG_EXTENSION] ? { ETag: { $ref: '#/components/headers/ETag' } } : {};
      delete op[ETAG_EXTENSION];
      uploadsAsBinary(op);
      const takesInput = method !== 'get' && method !== 'delete' ? true : (op.parameters?.length ?? 0) > 0;
      if (takesInput)
        op.responses['400'] ??= { description: 'Invalid input; every invalid field is listed in `errors`.' };
      const errors = op.requestBody ? { ...BODY_ERRORS, ...STANDARD_ERRORS } : STANDARD_ERRORS;
      for (const [code, description] of Object.entries(errors)) op.responses[code] ??= { description };
      for (const [code, response] of Object.entries(op.responses)) {
        if (/^[23]\d\d$/.test(code)) {
          response.headers = {
            ...response.headers,
            'API-Version': { $ref: '#/components/headers/API-Version' },
            ...etag,
          };
        } else if (/^[45]\d\d$/.test(code)) {
          response.content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
        }
      }
    }
  }
  if (!JSON.stringify(document.paths).includes('"#/components/schemas/Buffer"'))
    delete document.components.schemas.Buffer;
  return document;
}
