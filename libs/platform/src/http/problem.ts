import { HttpException } from '@nestjs/common';
import { z } from 'zod';

/** RFC 9457 problem details, as every error of every service is answered. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Every kind of problem the services answer with: its status, its English title and its own `type` URI. */
const KINDS: Record<number, { title: string; slug: string }> = {
  400: { title: 'Bad Request', slug: 'ongeldige-invoer' },
  401: { title: 'Unauthorized', slug: 'niet-aangemeld' },
  403: { title: 'Forbidden', slug: 'geen-toegang' },
  404: { title: 'Not Found', slug: 'niet-gevonden' },
  405: { title: 'Method Not Allowed', slug: 'methode-niet-toegestaan' },
  406: { title: 'Not Acceptable', slug: 'formaat-niet-beschikbaar' },
  409: { title: 'Conflict', slug: 'conflict' },
  412: { title: 'Precondition Failed', slug: 'versie-verouderd' },
  413: { title: 'Content Too Large', slug: 'te-groot' },
  414: { title: 'URI Too Long', slug: 'uri-te-lang' },
  415: { title: 'Unsupported Media Type', slug: 'mediatype-niet-ondersteund' },
  422: { title: 'Unprocessable Content', slug: 'niet-verwerkbaar' },
  428: { title: 'Precondition Required', slug: 'voorwaarde-vereist' },
  429: { title: 'Too Many Requests', slug: 'te-veel-verzoeken' },
  500: { title: 'Internal Server Error', slug: 'interne-fout' },
  503: { title: 'Service Unavailable', slug: 'niet-beschikbaar' },
};

export const PROBLEM_TYPE_BASE = 'https://werkinzicht.nl/problemen/';

/** The `type` of a problem with this status; a status without a kind of its own is `about:blank` (RFC 9457). */
export function problemType(status: number): string {
  const kind = KINDS[status];
  return kind ? `${PROBLEM_TYPE_BASE}${kind.slug}` : 'about:blank';
}

/** A 503 of its own kind: the service is up, but busy with as much of some work as it takes at once (TryAgainLater). */
export const BUSY_PROBLEM_TYPE = `${PROBLEM_TYPE_BASE}bezet`;

/** Every `type` a problem can have, as the OpenAPI documents list them. */
export const PROBLEM_TYPES: string[] = [
  ...Object.keys(KINDS).map((status) => problemType(Number(status))),
  BUSY_PROBLEM_TYPE,
  'about:blank',
];

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: problemType(status), title: KINDS[status]?.title ?? 'Error', status, detail, ...extra };
}

/** Every zod issue as a field error, with the dotted path a client can map to its form field. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, message: 'unknown field' }));
    }
    return [{ field: base || '(body)', message: issue.message }];
  });
}

/** The exception that answers with exactly this problem (status, detail, field errors, extensions such as bestaandId). */
export function problemException(status: number, detail: string, extra: Partial<Problem> = {}): HttpException {
  return new HttpException(problem(status, detail, extra), status);
}

/**
 * A 503 for work the service takes only so much of at once (a large claim's file): answered with `Retry-After`, so a
 * client knows when to ask again rather than retrying at once.
 */
export class TryAgainLater extends HttpException {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(problem(503, detail, { type: BUSY_PROBLEM_TYPE }), 503);
  }
}
