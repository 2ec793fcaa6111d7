import type { Principal } from '@wiz/platform';

/**
 * The organisation scoping of inwoners, as SQL: front office sees the inwoners it registered and those routed to
 * its organisation; beheer sees all. Returns a condition on alias `i` and its parameters, numbered from `from`.
 */
export function zichtbaarVoor(principal: Principal, from: number): { sql: string; params: unknown[] } {
  if (principal.roles.includes('beheer')) return { sql: 'true', params: [] };
  return {
    sql: `EXISTS (SELECT 1 FROM aanmeldingen a WHERE a.inwoner_id = i.id AND (a.organisatie = $${from} OR a.geregistreerd_door_organisatie = $${from}))`,
    params: [principal.organisatie],
  };
}
