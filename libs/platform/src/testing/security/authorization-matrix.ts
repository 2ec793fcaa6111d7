import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { ROLES, Role } from '../../auth/principal';
import { PlatformConfig } from '../../config/platform-config';
import { DLQ_HEADERS } from '../../messaging/dead-letters';
import { EventNaming } from '../../messaging/event-naming';
import { PROBLEM_CONTENT_TYPE } from '../../http/problem';
import type { EventData, EventDefinition } from '@wiz/contracts';
import type { ServiceTestApp } from '../service-test-app';
import { envelopeFor } from '../test-events';
import { readRouteTable, RouteEntry } from './route-table';
import { assertOneAuditRow, auditListProblems, auditRoutesOf, lastAuditId } from './audit-route-table';

export type Side = 'own' | 'other';

/** The organisation a fixture belongs to, and one that has nothing to do with it. */
export interface Organisations {
  own: string;
  other: string;
}

export const DEFAULT_ORGANISATIONS: Organisations = { own: 'GM0014', other: 'GM0034' };

/** One cell of the matrix: who calls which route, about a record of which organisation. */
export interface Cell {
  key: string;
  method: string;
  path: string;
  /** Undefined: no token at all. */
  role?: Role;
  /** `own`: the caller is of the organisation the fixture belongs to; `other`: of another one. */
  side: Side;
  /** The caller's organisation. */
  organisatie: string;
  organisations: Organisations;
  /** The rule lets this role in, so the request reaches the handler and may change state: make a fresh fixture. */
  allowed: boolean;
  t: ServiceTestApp;
  /**
   * A fixture made once per matrix and shared by every cell that asks for the same name. Fixtures are always made
   * in the `own` organisation, whatever the cell's side.
   */
  shared<T>(name: string, make: () => Promise<T>): Promise<T>;
}

/** How a cell's request is made; the route's `:params` are filled from `params`. */
export interface CellRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** JSON unless `contentType` says otherwise (then a string or Buffer is sent as is). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /** The route answers a never-ending stream of server-sent events: the answer is read up to its first event. */
  stream?: boolean;
  /**
   * Role inwoner only: who the caller is (their token's inwonerId, as intake's DigiD exchange mints it; their
   * gemeentecode is the cell's organisation). Unset: a person the service has never heard of.
   */
  inwonerId?: string;
}

export interface Expected {
  own: number;
  other: number;
}

interface RuleBase {
  /** Builds the request for one cell (called for every cell, so a changing request can use a fresh fixture). */
  request?: (cell: Cell) => CellRequest | Promise<CellRequest>;
  /** More checks on an allowed cell's 2xx answer (for example: another organisation's records are not in a list). */
  verify?: (res: request.Response, cell: Cell) => void | Promise<void>;
  /** Why the expectation is what it is, where the code or contract is not obvious. */
  why?: string;
}

/** A route behind the AuthGuard: no token 401, a role not in `roles` 403, the others `expect`. */
export interface ProtectedRule extends RuleBase {
  roles: readonly Role[];
  expect: Expected;
  /** Per-role exceptions to `expect` (beheer sees every organisation's records). */
  byRole?: Partial<Record<Role, Expected>>;
}

/** A route open to everyone, token or not. */
export interface PublicRule extends RuleBase {
  public: true;
  expect: number;
}

export type RouteRule = ProtectedRule | PublicRule;

/** Rules keyed by `"METHOD /full/path/:param"`, exactly as the route table names routes. */
export type RuleTable = Record<string, RouteRule>;

export function isPublicRule(rule: RouteRule): rule is PublicRule {
  return 'public' in rule && rule.public === true;
}

/**
 * Organisation-scoped by `maySee`: the caller's own organisation gets `status`, another organisation 404 (its
 * records are not there for it), beheer (who sees every organisation) `status` on both sides.
 */
export function scoped(status: number): Pick<ProtectedRule, 'expect' | 'byRole'> {
  return { expect: { own: status, other: 404 }, byRole: { beheer: { own: status, other: status } } };
}

/**
 * Read by the whole region, changed only by its owners (policy reach `region` to read, `owners` to write): another
 * organisation sees the record but may not change it (403, not 404: it can read it, so hiding it would be a lie);
 * beheer changes every organisation's.
 */
export function ownersChange(status: number): Pick<ProtectedRule, 'expect' | 'byRole'> {
  return { expect: { own: status, other: 403 }, byRole: { beheer: { own: status, other: status } } };
}

/** Not organisation-scoped by design (a regional team, a regional table): the same answer on both sides. */
export function unscoped(status: number): Pick<ProtectedRule, 'expect'> {
  return { expect: { own: status, other: status } };
}

/** The status one cell must answer. */
export function expectedStatus(rule: RouteRule, role: Role | undefined, side: Side): number {
  if (isPublicRule(rule)) return rule.expect;
  if (role === undefined) return 401;
  if (!rule.roles.includes(role)) return 403;
  return (rule.byRole?.[role] ?? rule.expect)[side];
}

/** Sends one request as `role` of `organisatie` (no token when role is undefined). */
export async function sendAs(
  t: ServiceTestApp,
  method: string,
  path: string,
  spec: CellRequest,
  role?: Role,
  organisatie?: string,
): Promise<request.Response> {
  const url = fillPath(path, spec.params ?? {}) + queryString(spec.query);
  const agent = request(t.app.getHttpServer()) as unknown as Record<string, (url: string) => request.Test>;
  let req = agent[method.toLowerCase()](url);
  if (role) req = req.set('Authorization', `Bearer ${await matrixToken(t, role, organisatie!, spec.inwonerId)}`);
  for (const [name, value] of Object.entries(spec.headers ?? {})) req = req.set(name, value);
  if (spec.body !== undefined) {
    if (spec.contentType && !/json/.test(spec.contentType))
      req = req.set('Content-Type', spec.contentType).send(spec.body as string);
    else req = req.set('Content-Type', spec.contentType ?? 'application/json').send(JSON.stringify(spec.body));
  }
  return spec.stream ? untilFirstEvent(req) : req;
}

/**
 * A token for one cell. Role inwoner comes only from the inwoner-session issuer (the verifier drops it from a staff
 * token), so an inwoner's cell gets a token as intake's exchange mints it: a person of the cell's organisation.
 */
export function matrixToken(t: ServiceTestApp, role: Role, organisatie: string, inwonerId?: string): Promise<string> {
  if (role === 'inwoner') return t.run.inwonerToken(inwonerId ?? randomUUID(), { gemeentecode: organisatie });
  return t.run.token({ role, organisatie, subject: `matrix-${role}-${organisatie}` });
}

/**
 * Reads a server-sent event stream only up to its first complete event (text ending in a blank line) and then
 * closes it, so a test can check the stream's status, headers and opening event. A refusal is read whole.
 */
export function untilFirstEvent(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const incoming = res as unknown as NodeJS.ReadableStream & { statusCode?: number; text?: string; destroy(): void };
    let text = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      incoming.text = text;
      done(null, text);
    };
    incoming.on('data', (chunk: Buffer) => {
      text += String(chunk);
      if ((incoming.statusCode ?? 500) < 300 && /\S[\s\S]*\n\n$/.test(text)) {
        finish();
        incoming.destroy();
      }
    });
    incoming.on('end', finish);
  });
}

/** Replaces `:name` (and a trailing `*`) with the given values, percent-encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path
    .replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
      if (!(name in params)) throw new Error(`No value for path parameter :${name} of ${path}`);
      return encodeSegment(params[name]);
    })
    .replace(/\*$/, () => params['*'] ?? '');
}

/** encodeURIComponent, also for strings with lone surrogates (sent as U+FFFD's bytes). */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
}

function queryString(query: Record<string, string> | undefined): string {
  const entries = Object.entries(query ?? {});
  return entries.length ? `?${entries.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&')}` : '';
}

/** What every refusal must look like: problem+json (401, 403, 404 alike). */
export function assertProblemJson(res: request.Response, what: string): void {
  if (res.status >= 400 && !String(res.headers['content-type'] ?? '').startsWith(PROBLEM_CONTENT_TYPE)) {
    throw new Error(
      `${what}: ${res.status} answered as ${res.headers['content-type']}, not ${PROBLEM_CONTENT_TYPE}: ${res.text?.slice(0, 300)}`,
    );
  }
}

export interface MatrixOptions {
  organisations?: Organisations;
  roles?: readonly Role[];
}

/**
 * The authorization matrix of one service, as jest tests: for every rule (and so, with the coverage test, for every
 * route) one cell without a token and one per role × {own, other} organisation, each asserting its exact status.
 * Call inside a describe whose beforeAll starts `t`. The first tests fail on any route without a rule, any rule
 * without a route, and any rule whose roles or openness disagree with the route's @Roles/@Public.
 */
export function describeAuthorizationMatrix(t: ServiceTestApp, rules: RuleTable, options: MatrixOptions = {}): void {
  const organisations = options.organisations ?? DEFAULT_ORGANISATIONS;
  const roles = options.roles ?? ROLES;
  const shared = sharedFixtures(t);

  describe('authorization matrix', () => {
    it('has a rule for every route, and a route for every rule', () => {
      const table = readRouteTable(t.app);
      const withoutRule = table.filter((r) => !(r.key in rules));
      const withoutRoute = Object.keys(rules).filter((key) => !table.some((r) => r.key === key));
      const problems = [
        ...withoutRule.map((r) => `route without a rule: ${describeRoute(r)}`),
        ...withoutRoute.map((key) => `rule naming no route: ${key}`),
      ];
      if (problems.length) throw new Error(problems.join('\n'));
    });

    it('decides for every route whether it is person-linked (audited) or holds no person data', () => {
      const routes = auditRoutesOf(t);
      if (!routes) return;
      const problems = auditListProblems(readRouteTable(t.app), routes);
      if (problems.length) throw new Error(problems.join('\n'));
    });

    it("agrees with every route's @Roles and @Public", () => {
      const problems: string[] = [];
      for (const route of readRouteTable(t.app)) {
        const rule = rules[route.key];
        if (!rule) continue;
        if (isPublicRule(rule)) {
          if (!route.isPublic)
            problems.push(`${route.key}: the rule says public, the route is not @Public (${describeRoute(route)})`);
        } else if (route.isPublic) {
          problems.push(
            `${route.key}: the route is open to everyone (${describeRoute(route)}), the rule says roles ${rule.roles.join(', ')}`,
          );
        } else if ([...(route.roles ?? [])].sort().join() !== [...rule.roles].sort().join()) {
          problems.push(
            `${route.key}: the rule says roles ${rule.roles.join(', ')}, the route has ${route.roles ? `@Roles(${route.roles.join(', ')})` : 'no @Roles (refused to everyone)'}`,
          );
        }
      }
      if (problems.length) throw new Error(problems.join('\n'));
    });

    for (const [key, rule] of Object.entries(rules)) {
      const [method, path] = key.split(' ');
      describe(key, () => {
        const cells: { role?: Role; side: Side }[] = [
          { side: 'own' },
          ...roles.flatMap((role) => (['own', 'other'] as const).map((side) => ({ role, side }))),
        ];
        for (const { role, side } of cells) {
          const expected = expectedStatus(rule, role, side);
          const name = `${role ?? 'no token'}${role ? ` · ${side} organisation` : ''} → ${expected}`;
          it(name, async () => {
            const organisatie = organisations[side];
            const allowed = isPublicRule(rule) || (role !== undefined && rule.roles.includes(role));
            const cell: Cell = { key, method, path, role, side, organisatie, organisations, allowed, t, shared };
            const spec = (await rule.request?.(cell)) ?? {};
            // Every successful call of a person-linked route leaves exactly one audit row (issue 19).
            const audit = auditRoutesOf(t);
            const audited = allowed && audit !== undefined && key in audit.persoonsgegevens;
            const before = audited ? await lastAuditId(t) : 0;
            const res = await sendAs(t, method, path, spec, role, organisatie);
            if (res.status !== expected) {
              throw new Error(
                `${key} as ${name.replace(/ → .*/, '')}: expected ${expected}, got ${res.status}: ${(res.text ?? '').slice(0, 500)}`,
              );
            }
            assertProblemJson(res, `${key} as ${role ?? 'no token'}`);
            if (allowed && res.status < 300 && rule.verify) await rule.verify(res, cell);
            if (audited && res.status < 300) await assertOneAuditRow(t, key, audit, before, res, spec);
          });
        }
      });
    }
  });
}

const fixturesByApp = new WeakMap<ServiceTestApp, Map<string, Promise<unknown>>>();

/** `Cell.shared` of one app: a fixture is made once per name, for the matrix and the fuzz of that app alike. */
export function sharedFixtures(t: ServiceTestApp): Cell['shared'] {
  if (!fixturesByApp.has(t)) fixturesByApp.set(t, new Map());
  const fixtures = fixturesByApp.get(t)!;
  return <T>(name: string, make: () => Promise<T>): Promise<T> => {
    if (!fixtures.has(name)) fixtures.set(name, make());
    return fixtures.get(name) as Promise<T>;
  };
}

function describeRoute(r: RouteEntry): string {
  const access = r.isPublic ? '@Public' : r.roles ? `@Roles(${r.roles.join(', ')})` : 'no @Roles';
  return `${r.key} (${r.handler ?? 'served outside Nest'}, ${access})`;
}

/** An event the service consumes, whose replay its consumer applies harmlessly: the dead-letter fixture. */
export interface ReplayableEvent<E extends EventDefinition = EventDefinition> {
  definition: E;
  /** Fresh data for each dead letter. */
  data: () => EventData<E>;
}

/**
 * Rules for the routes every service gets from the platform: health, metrics, the OpenAPI document and Swagger UI
 * (public), and beheer's dead letters (a dead letter is put in this run's DLQ stream as a fixture, so beheer's
 * cells read and replay a real one). A replay applies the event through the consumer that gave up on it, so a
 * service that consumes events names one (`replayable`); one that consumes none can only keep a dead letter (409).
 */
export function platformRules<E extends EventDefinition>(replayable?: ReplayableEvent<E>): RuleTable {
  const put = (t: ServiceTestApp) => putDeadLetter(t, replayable);
  const deadLetter = async (cell: Cell): Promise<CellRequest> => {
    const id =
      cell.allowed && cell.method === 'POST'
        ? await put(cell.t)
        : await cell.shared('platform:dead-letter', () => put(cell.t));
    return { params: { id: String(id) } };
  };
  const beheer = {
    roles: ['beheer'] as const,
    ...unscoped(200),
    why: 'beheer of the region: dead letters belong to no organisation',
  };
  const docs = (url: string): PublicRule => ({ public: true, expect: 200, request: () => ({ params: { '*': url } }) });
  return {
    'GET /health/live': { public: true, expect: 200 },
    'GET /health/ready': { public: true, expect: 200 },
    'GET /metrics': { public: true, expect: 200 },
    'GET /api/v1/openapi.json': { public: true, expect: 200 },
    'GET /api/v1/openapi.yaml': { public: true, expect: 200 },
    'GET /api/v1/docs': { public: true, expect: 200 },
    'GET /api/v1/docs/': { public: true, expect: 200 },
    'GET /api/v1/docs/index.html': { public: true, expect: 200 },
    // Swagger UI's static route for LICENSE, whose file swagger-ui-dist does not ship: a public 404.
    'GET /api/v1/docs/LICENSE': { public: true, expect: 404 },
    'GET /api/v1/docs/swagger-ui-init.js': { public: true, expect: 200 },
    'GET /api/v1/docs/docs/swagger-ui-init.js': { public: true, expect: 200 },
    'GET /api/v1/docs/*': docs('swagger-ui.css'),
    'GET /api/v1/docs/docs/*': docs('swagger-ui-bundle.js'),
    'GET /api/v1/audit': {
      roles: ['privacy'],
      ...unscoped(200),
      why: "the privacy officer reads the service's whole trail, whatever the organisation",
      request: () => ({ query: { inwonerId: randomUUID() } }),
    },
    'GET /api/v1/audit/ongebruikelijk': {
      roles: ['privacy'],
      ...unscoped(200),
      why: 'the privacy officer reads the whole service’s unusual reading',
      request: () => ({ query: { datum: '2026-12-01' } }),
    },
    // Issue 20: the inwoner's own view of every service; the person is the token's, so there is no other side.
    'GET /api/v1/mijn/inzage': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person reads who read their own data; the token names them, no request can name another',
    },
    'GET /api/v1/mijn/gegevens-export': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person takes out everything the service holds about them (AVG art. 15); only their own',
    },
    'GET /api/v1/dead-letters': { ...beheer },
    'GET /api/v1/dead-letters/:id': { ...beheer, request: deadLetter },
    'POST /api/v1/dead-letters/:id/replay': replayable
      ? { ...beheer, ...unscoped(202), request: deadLetter }
      : {
          ...beheer,
          ...unscoped(409),
          why: 'this service consumes no events: no consumer can apply a dead letter again, so it is kept',
          request: deadLetter,
        },
  };
}

/**
 * Puts one dead letter of this service into the run's DLQ stream, as a consumer giving up would; returns its id.
 * With `event`, the letter is that event as its consumer in this service would have given up on it; without, a
 * letter of a consumer the service does not have.
 */
export async function putDeadLetter<E extends EventDefinition>(
  t: ServiceTestApp,
  event?: ReplayableEvent<E>,
): Promise<number> {
  const config = t.app.get(PlatformConfig);
  const naming = new EventNaming(config.nats, config.service);
  const type = event?.definition.type ?? 'wiz.matrix.fixture.v1';
  const envelope = event
    ? envelopeFor(event.definition, event.data())
    : { fixture: true, id: `matrix-${Date.now()}-${Math.random()}` };
  const durable = naming.durableName(type);
  const h = natsHeaders();
  h.set(DLQ_HEADERS.originalSubject, naming.subjectOf(type));
  h.set(DLQ_HEADERS.consumer, durable);
  h.set(DLQ_HEADERS.error, 'fixture of the authorization matrix');
  h.set(DLQ_HEADERS.deliveries, '1');
  h.set(DLQ_HEADERS.eventId, envelope.id);
  const ack = await jetstream(t.nc).publish(naming.deadLetterSubject(durable), JSON.stringify(envelope), {
    headers: h,
  });
  return ack.seq;
}
