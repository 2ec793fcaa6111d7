import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { IdentiteitscontroleStatus, Identiteitsveld } from '../domain/identiteit';
import type { Persoonsgegevens } from '../domain/inwoner-gegevens';

/**
 * The organisation scoping of personal data, as SQL. An organisation sees an inwoner only through aanmeldingen:
 * those it registered and those routed to it (a routing hands that aanmelding's data over); beheer sees all, and
 * so does the privacy officer on the few routes open to that role (a restricted or erased person's data).
 * Knowing a BSN, or sharing an inwoner with another organisation, shows nothing of the other's aanmeldingen.
 * Each function returns a condition and its parameters, numbered from `from`.
 */
export function aanmeldingZichtbaarVoor(
  principal: Principal,
  alias: string,
  from: number,
): { sql: string; params: unknown[] } {
  if (principal.roles.includes('beheer') || principal.roles.includes('privacy')) return { sql: 'true', params: [] };
  return {
    sql: `(${alias}.organisatie = $${from} OR ${alias}.geregistreerd_door_organisatie = $${from})`,
    params: [principal.organisatie],
  };
}

/** The inwoner whose id is the SQL expression `inwonerId` is visible: through at least one visible aanmelding. */
export function inwonerZichtbaarVoor(
  principal: Principal,
  inwonerId: string,
  from: number,
): { sql: string; params: unknown[] } {
  const aanmelding = aanmeldingZichtbaarVoor(principal, 'z', from);
  if (aanmelding.sql === 'true') return aanmelding;
  return {
    sql: `EXISTS (SELECT 1 FROM aanmeldingen z WHERE z.inwoner_id = ${inwonerId} AND ${aanmelding.sql})`,
    params: aanmelding.params,
  };
}

export interface ZichtbareAanmelding {
  id: string;
  inwonerId: string;
  kanaal: string;
  aangemeldOp: string;
  stap: string;
  organisatie: string;
  gegevens: Persoonsgegevens;
  /** What the person asked for and their situation as answered at intake (sensitive: GGZ, debts, homelessness). */
  hulpvraag: string;
  situatie: Record<string, unknown>;
  /** Null when its identity matched the one held for its BSN (or it has no BSN, or it registered the inwoner). */
  controle: IdentiteitscontroleStatus | null;
  controleId: string | null;
  afwijkendeVelden: Identiteitsveld[];
}

/** The aanmeldingen of these inwoners that the caller may see, with the person data each captured; oldest first. */
export function zichtbareAanmeldingen(
  manager: EntityManager,
  wie: Principal,
  inwonerIds: readonly string[],
): Promise<ZichtbareAanmelding[]> {
  if (inwonerIds.length === 0) return Promise.resolve([]);
  return aanmeldingenWaar(manager, inwonerIds, aanmeldingZichtbaarVoor(wie, 'a', 2));
}

/**
 * These aanmeldingen of an inwoner, whoever registered them: those the trajecten a consulent holds came from. An
 * aanmelding that only claimed the inwoner's BSN shows its own capture, never what others hold about the person.
 */
export function aanmeldingenMetId(
  manager: EntityManager,
  inwonerId: string,
  aanmeldingIds: readonly string[],
): Promise<ZichtbareAanmelding[]> {
  return aanmeldingenWaar(manager, [inwonerId], { sql: 'a.id = ANY($2::uuid[])', params: [aanmeldingIds] });
}

async function aanmeldingenWaar(
  manager: EntityManager,
  inwonerIds: readonly string[],
  scope: { sql: string; params: unknown[] },
): Promise<ZichtbareAanmelding[]> {
  const rows: Record<string, any>[] = await manager.query(
    `SELECT a.id, a.inwoner_id, a.kanaal, a.created_at, a.route->>'stap' AS stap, a.organisatie, a.voornaam, a.achternaam,
            to_char(a.geboortedatum, 'YYYY-MM-DD') AS geboortedatum, a.postcode, a.huisnummer, a.gemeentecode, a.email, a.telefoon, a.geslacht,
            a.hulpvraag, a.situatie, c.id AS controle_id, c.status AS controle, c.afwijkende_velden
       FROM aanmeldingen a LEFT JOIN identiteitscontroles c ON c.aanmelding_id = a.id
      WHERE a.inwoner_id = ANY($1::uuid[]) AND ${scope.sql}
      ORDER BY a.created_at, a.id`,
    [inwonerIds, ...scope.params],
  );
  return rows.map((r) => ({
    id: r.id,
    inwonerId: r.inwoner_id,
    kanaal: r.kanaal,
    aangemeldOp: (r.created_at as Date).toISOString(),
    stap: r.stap,
    organisatie: r.organisatie,
    gegevens: {
      voornaam: r.voornaam,
      achternaam: r.achternaam,
      geboortedatum: r.geboortedatum,
      postcode: r.postcode,
      huisnummer: r.huisnummer,
      gemeentecode: r.gemeentecode,
      email: r.email,
      telefoon: r.telefoon,
      geslacht: r.geslacht,
    },
    hulpvraag: r.hulpvraag,
    situatie: r.situatie,
    controle: r.controle,
    controleId: r.controle_id,
    afwijkendeVelden: r.afwijkende_velden ?? [],
  }));
}
