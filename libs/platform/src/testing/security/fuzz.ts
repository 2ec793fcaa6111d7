import fc from 'fast-check';
import request from 'supertest';
import type { Role } from '../../auth/principal';
import { API_PREFIX } from '../../http/create-http-app';
import type { ServiceTestApp } from '../service-test-app';
import {
  assertProblemJson,
  Cell,
  CellRequest,
  DEFAULT_ORGANISATIONS,
  encodeSegment,
  isPublicRule,
  matrixToken,
  Organisations,
  ProtectedRule,
  RuleTable,
  sharedFixtures,
  untilFirstEvent,
} from './authorization-matrix';
import {
  GeneratedBody,
  jsonBodies,
  JsonSchema,
  pathParamValues,
  SchemaDocument,
  uploadBodies,
  validValue,
  brokenValue,
} from './schema-arbitrary';

/**
 * What a response body must never contain: stack frames, source paths, internal error names, database messages.
 * Every pattern starts with a literal and repeats nothing unbounded before it, so scanning a large body (an error
 * that names a 200 kB field) stays linear.
 */
const LEAKS: [RegExp, string][] = [
  // A frame after a newline, raw or escaped inside a JSON string: "\n    at Foo.bar (", "\n    at /x.js:1", "at node:internal".
  [/(?:\n|\\n) {0,8}at (?:[\w$.<>[\] ]{1,200} \(|\/|node:)/, 'a stack frame'],
  [/ {4}at [\w$.<>]{1,200} \(/, 'a stack frame'],
  [/\/work\/|\/home\/|\/usr\/|node_modules|\.[jt]s:\d/, 'a source file path'],
  [
    /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|EvalError|URIError|AggregateError|QueryFailedError|EntityNotFoundError|CannotExecuteNotConnectedError|DriverException|ZodError|Error): /,
    'an internal error name',
  ],
  [
    /duplicate key value|violates [\w-]+ constraint|syntax error at or near|invalid input syntax for|out of range for type|current transaction is aborted|relation "[^"]+" does not exist|column "[^"]+"/,
    'a database message',
  ],
];

/** Fails when a response is a 5xx, leaks internals, or is a 4xx that is not problem+json. */
export function assertSafeResponse(res: request.Response, what: string): void {
  const text = res.text ?? (Buffer.isBuffer(res.body) ? '' : JSON.stringify(res.body ?? ''));
  if (res.status >= 500) throw new Error(`${what}: answered ${res.status}: ${text.slice(0, 500)}`);
  for (const [pattern, name] of LEAKS) {
    const m = pattern.exec(text);
    if (m)
      throw new Error(
        `${what}: the ${res.status} answer contains ${name} (${JSON.stringify(m[0])}): ${text.slice(0, 500)}`,
      );
  }
  assertProblemJson(res, what);
}

export interface FuzzOptions {
  /** Runs per POST/PUT operation (FUZZ_RUNS overrides); default 40. */
  numRuns?: number;
  /** Runs per GET operation with parameters (FUZZ_RUNS overrides); default 20. */
  getRuns?: number;
  /** HTTP methods to fuzz; default POST, PUT and GET (a GET through its path and query parameters). */
  methods?: string[];
  /** The role to fuzz an operation as; default the first role its rule allows. */
  roles?: Record<string, Role>;
  organisations?: Organisations;
}

/** A generated request: path parameters, headers and a body. Prints short, so a failure's counterexample stays readable. */
interface FuzzCase {
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: GeneratedBody | undefined;
}

function printable(c: FuzzCase): FuzzCase {
  return Object.assign(c, {
    [fc.toStringMethod]: () => {
      const payload = c.body?.payload;
      const shown =
        payload === undefined
          ? '(none)'
          : Buffer.isBuffer(payload)
            ? `<${payload.length} bytes>`
            : payload.length > 300
              ? `${JSON.stringify(payload.slice(0, 300))}… (${payload.length} chars)`
              : JSON.stringify(payload);
      return `{ params: ${JSON.stringify(c.params)}, query: ${JSON.stringify(c.query)}, headers: ${JSON.stringify(c.headers)}, body: ${c.body ? `${c.body.kind} ${c.body.contentType} ${shown}` : '(none)'} }`;
    },
  });
}

interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** The OpenAPI operation of a route key (`POST /api/v1/x/:id` → paths['/x/{id}'].post). */
export function operationOf(
  document: SchemaDocument & { paths?: Record<string, Record<string, Operation>> },
  key: string,
): Operation | undefined {
  const [method, path] = key.split(' ');
  const prefix = `/${API_PREFIX}`;
  const docPath =
    (path.startsWith(prefix) ? path.slice(prefix.length) : path).replace(/:([A-Za-z0-9_]+)/g, '{$1}') || '/';
  return document.paths?.[docPath]?.[method.toLowerCase()];
}

function operationKeys(
  document: SchemaDocument & { paths?: Record<string, Record<string, Operation>> },
  methods: string[],
): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => methods.includes(m.toUpperCase()))
      .map((m) => `${m.toUpperCase()} /${API_PREFIX}${path.replace(/\{([^}]+)\}/g, ':$1')}`),
  );
}

function caseArbitrary(
  key: string,
  op: Operation | undefined,
  document: SchemaDocument,
  base: CellRequest,
): fc.Arbitrary<FuzzCase> {
  const [, path] = key.split(' ');
  const names = [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
  const paramSchema = (name: string) => op?.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
  const params = fc.record(
    Object.fromEntries(
      names.map((n) => [n, pathParamValues(base.params?.[n], paramSchema(n) && { ...paramSchema(n) })]),
    ),
  );

  const queryParameters = (op?.parameters ?? []).filter((p) => p.in === 'query');
  const generatedQuery = fc.record(
    Object.fromEntries(
      queryParameters.map((p) => [
        p.name,
        fc
          .oneof(validValue(p.schema, document), brokenValue(p.schema, document))
          .map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      ]),
    ),
    { requiredKeys: [] },
  );
  const unknownParameter = fc.dictionary(
    fc.constantFrom('onbekend', 'organisatie', '__proto__', 'pagina[]'),
    fc.string({ maxLength: 10 }),
    { maxKeys: 1 },
  );
  const query = fc.oneof(
    { weight: 4, arbitrary: generatedQuery },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constant(base.query ?? {}), unknownParameter).map(([a, b]) => ({ ...a, ...b })),
    },
    { weight: 1, arbitrary: fc.constant(base.query ?? {}) },
  );

  // Headers the operation declares (Idempotency-Key, If-Match): absent, a few reused values (so a key meets
  // another body), or junk.
  const headerNames = [
    ...new Set([
      ...(op?.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name),
      ...Object.keys(base.headers ?? {}),
    ]),
  ];
  const headerValue = fc.oneof(
    fc.constantFrom('fuzz-1', 'fuzz-2', '"1"', 'W/"2"', '*'),
    fc.string({ maxLength: 300 }).filter((v) => !/[\r\n\0]/.test(v) && /^[\x20-\x7e]*$/.test(v)),
  );
  const headers = fc.record(Object.fromEntries(headerNames.map((n) => [n, headerValue])), { requiredKeys: [] });

  const content = op?.requestBody?.content ?? {};
  const jsonType = Object.keys(content).find((c) => /json/.test(c));
  const otherTypes = Object.keys(content).filter((c) => !/json/.test(c));
  let body: fc.Arbitrary<GeneratedBody | undefined>;
  if (key.startsWith('GET ')) body = fc.constant(undefined);
  else if (jsonType) body = jsonBodies(content[jsonType].schema, document, base.body);
  else if (otherTypes.length) body = uploadBodies(otherTypes, base.body as string | Buffer | undefined);
  // No request body declared: it must be ignored or refused, whatever comes.
  else body = fc.option(jsonBodies(undefined, document), { freq: 2 }).map((b) => b ?? undefined);

  return fc.record({ params, query, headers, body }).map((c) => printable(c as FuzzCase));
}

/**
 * Fuzzes every protected POST, PUT and GET route of the rule table from the service's own OpenAPI document (GET
 * /api/v1/openapi.json), sent as the first role the rule allows: path parameters are the rule's existing ids or
 * random ones; bodies are schema-valid, the rule's own body, either with one field broken, or anything at all;
 * declared headers (Idempotency-Key, If-Match) and query parameters vary too. Every answer must be below 500, free
 * of stack traces, source paths and internal or database messages, and problem+json when it is a 4xx. The first
 * run of each operation is the rule's own request, and some run must get past validation. On a failure fast-check
 * prints the seed and path: rerun that test (jest -t) with FUZZ_SEED=<seed> FUZZ_PATH=<path>. FUZZ_RUNS=<n>
 * changes the number of runs, FUZZ_STATS=1 prints each operation's answers by status. Call inside a describe
 * whose beforeAll starts `t`, after describeAuthorizationMatrix (the two share fixtures).
 */
export function describeFuzz(t: ServiceTestApp, rules: RuleTable, options: FuzzOptions = {}): void {
  const methods = options.methods ?? ['POST', 'PUT', 'GET'];
  const runsFor = (method: string) =>
    Number(process.env.FUZZ_RUNS ?? (method === 'GET' ? (options.getRuns ?? 20) : (options.numRuns ?? 40)));
  const organisations = options.organisations ?? DEFAULT_ORGANISATIONS;
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : undefined;
  const replayPath = process.env.FUZZ_PATH;
  let document: Promise<SchemaDocument & { paths?: Record<string, Record<string, Operation>> }> | undefined;
  const openapi = () =>
    (document ??= request(t.app.getHttpServer())
      .get(`/${API_PREFIX}/openapi.json`)
      .then((r) => r.body));

  describe('fuzzing', () => {
    it(`has a rule for every ${methods.join(', ')} operation of the OpenAPI document`, async () => {
      const missing = operationKeys(await openapi(), methods).filter((key) => !(key in rules));
      if (missing.length) throw new Error(`operations the fuzz cannot reach without a rule: ${missing.join(', ')}`);
    });

    // A GET is fuzzed through its path and query parameters (declared ones, and unknown ones it must refuse or ignore).
    const targets = Object.entries(rules).filter(
      ([key, rule]) => methods.includes(key.split(' ')[0]) && !isPublicRule(rule),
    ) as [string, ProtectedRule][];
    for (const [key, rule] of targets) {
      const role = options.roles?.[key] ?? rule.roles[0];
      it(`${key} as ${role}: never a 5xx, never a stack trace`, async () => {
        const doc = await openapi();
        const [method, path] = key.split(' ');
        const cell: Cell = {
          key,
          method,
          path,
          role,
          side: 'own',
          organisatie: organisations.own,
          organisations,
          allowed: true,
          t,
          shared: sharedFixtures(t),
        };
        const base = (await rule.request?.(cell)) ?? {};
        const token = await matrixToken(t, role, organisations.own, base.inwonerId);
        const statuses = new Map<number, number>();
        const first: FuzzCase = printable({
          params: base.params ?? {},
          query: base.query ?? {},
          headers: base.headers ?? {},
          body:
            base.body === undefined
              ? undefined
              : {
                  kind: 'example',
                  contentType: base.contentType ?? 'application/json',
                  payload:
                    typeof base.body === 'string' || Buffer.isBuffer(base.body) ? base.body : JSON.stringify(base.body),
                },
        });
        const property = fc.asyncProperty(caseArbitrary(key, operationOf(doc, key), doc, base), async (c) => {
          const url =
            path.replace(/:([A-Za-z0-9_]+)/g, (_m, n: string) => encodeSegment(c.params[n] ?? '')) + queryOf(c.query);
          const agent = request(t.app.getHttpServer()) as unknown as Record<string, (url: string) => request.Test>;
          let req = agent[method.toLowerCase()](url).set('Authorization', `Bearer ${token}`);
          for (const [name, value] of Object.entries(c.headers)) req = req.set(name, value);
          if (c.body) req = req.set('Content-Type', c.body.contentType);
          if (c.body?.payload !== undefined) req = req.send(c.body.payload);
          const res = await (base.stream ? untilFirstEvent(req) : req);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          assertSafeResponse(res, `${key} (${c.body?.kind ?? 'no body'})`);
        });
        await fc.assert(property, {
          numRuns: runsFor(method),
          seed,
          path: replayPath,
          examples: replayPath ? [] : [[first]],
          endOnFailure: false,
          interruptAfterTimeLimit: 50_000,
        });
        if (process.env.FUZZ_STATS)
          console.log(
            `${key} as ${role}: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
          );
        // A fuzz that never gets past validation proves little: the rule's own request must reach the handler.
        if (!replayPath && ![...statuses.keys()].some((s) => s < 400 || s === 404 || s === 409)) {
          throw new Error(
            `${key}: no request reached the handler (answers: ${JSON.stringify(Object.fromEntries(statuses))}); give the rule a valid request`,
          );
        }
      });
    }
  });
}

function queryOf(query: Record<string, string>): string {
  const entries = Object.entries(query);
  return entries.length ? `?${entries.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&')}` : '';
}
