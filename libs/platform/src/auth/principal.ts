import { ROLES, type Role } from '@wiz/contracts';

/** The roles a token may carry (one list in @wiz/contracts, also the portaal's). A teamleider leads a team of
 * consulenten: reassigns trajecten, arranges stand-ins. */
export { ROLES, type Role };

/** Who is calling: from a verified token only. `organisatie` is a gemeentecode (GM0014) or UWV / a regional service. */
export interface Principal {
  subject: string;
  roles: Role[];
  organisatie: string;
  /** The caller's team within the organisation, from the token's optional `team` claim: colleagues may stand in. */
  team?: string;
  /** When the verified token it came from expires: what lasts beyond one request (an event stream) ends then. */
  expiresAt?: Date;
  /**
   * Set exactly when the token came from the inwoner-session issuer (intake's DigiD exchange): the person themself.
   * Roles are then exactly ['inwoner'], subject is this id and organisatie their gemeentecode. /mijn routes take
   * the person only from here, never from the request, so no inwoner can name another.
   */
  inwonerId?: string;
  /** The token's `name` claim, a display name ("J. de Vries"), for staff and inwoner alike: shown, never trusted. */
  naam?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Organisation scoping, the one rule: beheer sees everything; others see records of their own organisation
 * and records explicitly shared with it (for example an aanmelding routed to it).
 */
export function maySee(principal: Principal, owners: readonly (string | null | undefined)[]): boolean {
  if (principal.roles.includes('beheer')) return true;
  return owners.some((o) => o != null && o === principal.organisatie);
}

/** maySee as a question about one organisation at a time, for domain rules that take "whose records may I see?". */
export const seesOrganisation =
  (principal: Principal) =>
  (organisatie: string): boolean =>
    maySee(principal, [organisatie]);

/**
 * How far a kind of record is shared. `region`: every organisation of the labour-market region whose role reaches
 * the route (employers, vacancies, schemes belong to the region's shared services). `owners`: only the
 * organisations that own the record, by `maySee` (beheer: all).
 */
export type Reach = 'region' | 'owners';

/** A service's scoping policy, one table per service: per kind of record, who reads it and who changes it. */
export type ScopingPolicy<Kind extends string> = Readonly<
  Record<Kind, { readonly read: Reach; readonly write: Reach }>
>;

/** The one rule through a policy's reach: regional records reach everyone, the others `maySee`. */
export function mayReach(principal: Principal, reach: Reach, owners: readonly (string | null | undefined)[]): boolean {
  return reach === 'region' || maySee(principal, owners);
}

/**
 * The same rule for a list in SQL: the organisation whose records the list is narrowed to, or null when it shows
 * every organisation's (a regional list, or a caller who sees all: `maySee` with no owners). Used as
 * `($n::text IS NULL OR <owner column> = $n)`.
 */
export function listedOrganisation(principal: Principal, reach: Reach): string | null {
  return reach === 'region' || maySee(principal, []) ? null : principal.organisatie;
}
