import type { EntityManager } from 'typeorm';

/** What a route's request holds that names whose data it is about. */
export interface AuditVerzoek {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * A route that reads or changes person-linked data, and how its audit row is written when its use case writes
 * none itself: `actie`, `doel` (a `doel` in the query, when the route asks for one, wins), `wat` the kind of
 * resource with its id from the path parameter `id` (default: the route's `:id`, else none). The inwoners are
 * every `inwonerId`/`inwonerIds` in the answer, the path and the query, plus those `inwoners` looks up (for a
 * resource that names no inwoner itself, such as a traject's journal).
 */
export interface AuditRoute {
  actie: string;
  doel: string;
  wat: string;
  id?: string;
  inwoners?: (m: EntityManager, verzoek: AuditVerzoek, antwoord: unknown) => Promise<readonly string[]>;
  /**
   * The route only accepts work that a job does later in a transaction of its own (a large import): the handler
   * runs outside the row's transaction, so the job never waits for a transaction it cannot see, and the row is
   * written once the handler has accepted the work.
   */
  naAanname?: true;
  /**
   * Every path of the route's use case writes the row itself, with its change (in the change's own statement,
   * `AuditTrail.schrijfMee`, or in its transaction), so the interceptor opens no transaction around the handler: a
   * change made in one statement then commits alone, without BEGIN and COMMIT. The authorization matrix holds such a
   * route to exactly one row per successful call, as every other.
   */
  schrijftZelf?: true;
}

/**
 * A service's one decision about personal data, keyed by `"METHOD /api/v1/path/:param"` as the route table names
 * routes: `persoonsgegevens` are audited (exactly one row per successful call), `zonder` hold none and say why. A
 * test fails on any route on neither list, so a new route cannot slip through unmarked.
 */
export interface AuditRouteTable {
  persoonsgegevens: Readonly<Record<string, AuditRoute>>;
  zonder: Readonly<Record<string, string>>;
}

/** Injection token of the service's AuditRouteTable (the interceptor and the route-table test read it). */
export const AUDIT_ROUTES = Symbol('AuditRoutes');

/**
 * Every value under one of `keys` at any depth (bounded) of an answer or request: a string, or each string of an
 * array. `idsIn(antwoord, ['inwonerId', 'inwonerIds'])` finds the inwoners a list shows.
 */
export function idsIn(value: unknown, keys: readonly string[], gevonden = new Set<string>(), diepte = 0): Set<string> {
  if (diepte > 8 || value === null || typeof value !== 'object') return gevonden;
  if (Array.isArray(value)) {
    for (const item of value) idsIn(item, keys, gevonden, diepte + 1);
    return gevonden;
  }
  // Only JSON-like data: an uploaded file (a Buffer) or a streamed answer is not searched byte by byte.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return gevonden;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (keys.includes(key) && typeof v === 'string') gevonden.add(v);
    else if (keys.includes(key) && Array.isArray(v)) v.forEach((x) => typeof x === 'string' && gevonden.add(x));
    else idsIn(v, keys, gevonden, diepte + 1);
  }
  return gevonden;
}

/** Every inwoner id in an answer: values of `inwonerId` and `inwonerIds` at any depth. */
export const inwonersIn = (value: unknown, gevonden = new Set<string>()): Set<string> =>
  idsIn(value, ['inwonerId', 'inwonerIds'], gevonden);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only well-formed ids reach the uuid[] column; anything else in an answer is not an inwoner id. */
export const isUuid = (s: string): boolean => UUID.test(s);
