import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiHeader, ApiOperation, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { ZodResponse, type ZodDto } from 'nestjs-zod';
import type { z } from 'zod';
import type { JsonStream } from './streamed-body';

/** The statuses an operation may answer beyond those every operation documents (400, 401, 403, 429, 500, 503). */
export type OperationErrorStatus = 404 | 409 | 412 | 413 | 415 | 422 | 428;

export interface OperationDoc {
  /** The operationId, a verb phrase a generated client can use as its method name (`registreerAanmelding`). */
  id: string;
  summary: string;
  description?: string;
  /** The success status; required, because Nest's default differs per method (POST 201, others 200). */
  status: 200 | 201 | 202;
  /**
   * Why this operation answers each of these statuses. 412 also documents the If-Match request header and the
   * ETag response header.
   */
  errors?: Partial<Record<OperationErrorStatus, string>>;
  /** The success response carries the resource's version as ETag (for a later If-Match). */
  etag?: boolean;
}

/**
 * The zod schema of every response DTO, by class name: the document takes a response schema from zod itself
 * (responseSchemasFromZod), because Nest's metadata path turns a top-level nullable field into an array.
 */
const RESPONSE_SCHEMAS = new Map<string, z.ZodType>();

export function responseSchemaNamed(name: string): z.ZodType | undefined {
  return RESPONSE_SCHEMAS.get(name);
}

/** Marks an operation whose success response carries an ETag; completeForNlRules turns it into the header. */
export const ETAG_EXTENSION = 'x-wiz-etag';

function operationDecorators(doc: OperationDoc): MethodDecorator[] {
  const errors = Object.entries(doc.errors ?? {}).map(([status, description]) =>
    ApiResponse({ status: Number(status), description }),
  );
  const ifMatch =
    doc.errors?.[412] === undefined
      ? []
      : [ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read before (`"<versie>"`).' })];
  const etag = doc.etag || ifMatch.length > 0 ? [ApiExtension(ETAG_EXTENSION, true)] : [];
  return [
    ApiOperation({ operationId: doc.id, summary: doc.summary, description: doc.description }),
    ...errors,
    ...ifMatch,
    ...etag,
  ];
}

/** What an Operation's method may answer: its schema's shape, or that shape written while it is sent. */
type Answer<TSchema extends z.ZodType> = z.input<TSchema> | JsonStream<z.input<TSchema>>;

/**
 * Documents an operation with its JSON response schema (a zod DTO) and every status it can answer. The method's
 * return type is checked against the schema by the compiler (nestjs-zod's ZodResponse), so the document cannot
 * drift from what the code returns; a JsonStream is checked by the shape its writer declares. Nothing is validated
 * or stripped at run time: no serializer is installed.
 */
export function Operation<TSchema extends z.ZodType>(
  doc: OperationDoc & { response: ZodDto<TSchema, false>; responseDescription?: string },
): (
  target: object,
  propertyKey?: string | symbol,
  descriptor?: Pick<TypedPropertyDescriptor<(...args: any[]) => Answer<TSchema> | Promise<Answer<TSchema>>>, 'value'>,
) => void {
  const known = RESPONSE_SCHEMAS.get(doc.response.name);
  if (known && known !== doc.response.schema) throw new Error(`Two response schemas are named ${doc.response.name}.`);
  RESPONSE_SCHEMAS.set(doc.response.name, doc.response.schema);
  const response = ZodResponse({
    status: doc.status,
    description: doc.responseDescription ?? 'Success',
    type: doc.response,
  });
  const rest = applyDecorators(...operationDecorators(doc));
  return (target, propertyKey, descriptor) => {
    response(target, propertyKey, descriptor as Parameters<typeof response>[2]);
    rest(target, propertyKey, descriptor);
  };
}

/**
 * Documents an operation that answers with something other than JSON (a file, an event stream) in each of the
 * given content types.
 */
export function RawOperation(doc: OperationDoc & { produces: string[]; responseDescription: string }): MethodDecorator {
  const content = Object.fromEntries(
    doc.produces.map((type) => [
      type,
      { schema: { type: 'string', format: type.startsWith('text/') ? undefined : 'binary' } },
    ]),
  );
  return applyDecorators(
    ApiProduces(...doc.produces),
    ApiResponse({ status: doc.status, description: doc.responseDescription, content }),
    ...operationDecorators(doc),
  );
}
