import type request from 'supertest';
import { AUDIT_ROUTES, inwonersIn, isUuid, type AuditRouteTable } from '../../audit/audit-routes';
import type { ServiceTestApp } from '../service-test-app';
import type { RouteEntry } from './route-table';

/** The service's AuditRouteTable, or undefined for an app without the platform's audit trail. */
export function auditRoutesOf(t: ServiceTestApp): AuditRouteTable | undefined {
  try {
    return t.app.get<AuditRouteTable>(AUDIT_ROUTES, { strict: false });
  } catch {
    return undefined;
  }
}

/**
 * Every route on exactly one of the two lists, and every entry naming a served route: a new route cannot slip
 * through without a decision about personal data.
 */
export function auditListProblems(table: readonly RouteEntry[], routes: AuditRouteTable): string[] {
  const keys = new Set(table.map((r) => r.key));
  const problems: string[] = [];
  for (const r of table) {
    const marked = r.key in routes.persoonsgegevens;
    const without = r.key in routes.zonder;
    if (!marked && !without)
      problems.push(
        `${r.key} (${r.handler ?? 'outside Nest'}): neither person-linked nor on the list without person data`,
      );
    if (marked && without) problems.push(`${r.key}: on both lists`);
  }
  for (const key of Object.keys(routes.persoonsgegevens))
    if (!keys.has(key)) problems.push(`person-linked entry naming no route: ${key}`);
  return problems;
}

/** The last audit row's id before a call. */
export async function lastAuditId(t: ServiceTestApp): Promise<number> {
  const [r] = await t.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM audit_log');
  return Number(r.id);
}

/**
 * After a successful call of a person-linked route: exactly one new audit row, with the route's actie, naming every
 * inwoner the answer shows and the request names (path, query).
 */
export async function assertOneAuditRow(
  t: ServiceTestApp,
  key: string,
  routes: AuditRouteTable,
  before: number,
  res: request.Response,
  asked: { params?: Record<string, string>; query?: Record<string, string> },
): Promise<void> {
  const rows = await t.query<{ actie: string; inwoner_ids: string[] }>(
    'SELECT actie, inwoner_ids::text[] AS inwoner_ids FROM audit_log WHERE id > $1 ORDER BY id',
    [before],
  );
  const expected = routes.persoonsgegevens[key];
  if (rows.length !== 1) {
    throw new Error(
      `${key}: a person-linked call must leave exactly one audit row, it left ${rows.length}: ${JSON.stringify(rows)}`,
    );
  }
  if (rows[0].actie !== expected.actie)
    throw new Error(`${key}: audit actie ${rows[0].actie}, expected ${expected.actie}`);
  const shown = inwonersIn({ body: res.body, params: asked.params ?? {}, query: asked.query ?? {} });
  const missing = [...shown].filter(isUuid).filter((id) => !rows[0].inwoner_ids.includes(id));
  if (missing.length)
    throw new Error(`${key}: the audit row does not name inwoner(s) ${missing.join(', ')} shown or asked for`);
}
