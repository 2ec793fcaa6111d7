import type { EntityManager } from 'typeorm';
import { type Principal, VANDAAG_SQL } from '@wiz/platform';
import {
  geeftGedeeldeGegevens,
  Identiteitsveld,
  IdentiteitscontroleStatus,
  weergaveAanmelding,
} from '../domain/identiteit';
import { ZichtbareAanmelding, zichtbareAanmeldingen } from '../database/zichtbaarheid';
import type { Persoonsgegevens } from '../domain/inwoner-gegevens';
import type { BsnVault } from '../identity/bsn-vault';
import { correctiesNa } from '../database/inwoner-wijzigingen';

export interface AanmeldingInView {
  id: string;
  kanaal: string;
  aangemeldOp: string;
  stap: string;
  organisatie: string;
  /** Its name or birth date differs from the identity held for the BSN and beheer has not confirmed it. */
  identiteitTeControleren: boolean;
  /** Consulent only: what the person asked for and their situation as answered at intake. */
  hulpvraag?: string;
  situatie?: Record<string, unknown>;
  /** Beheer only: the person data this aanmelding captured, and its identity check. */
  gegevens?: Persoonsgegevens;
  identiteitscontrole?: { id: string; status: IdentiteitscontroleStatus; afwijkendeVelden: Identiteitsveld[] } | null;
}

export interface InwonerView extends Persoonsgegevens {
  id: string;
  /** The version of the held identity, also the ETag: a correction names it in If-Match. */
  versie: number;
  /** Registered anonymously (a chosen name, no identity) and not yet identified. */
  anoniem: boolean;
  /** Absent for a consulent: the BSN is never shown to one. */
  bsn?: string | null;
  /** Hidden (empty) while `identiteitTeControleren`. */
  toestemmingen: { doel: string; vacatureId?: string; gegeven: boolean; gewijzigdOp: string; geldigTot?: string }[];
  aanmeldingen: AanmeldingInView[];
  /** None of the aanmeldingen the caller sees has a confirmed identity: consents are hidden and cannot be changed. */
  identiteitTeControleren: boolean;
  /** Beheer only: the identity as first registered, which no later aanmelding changes. */
  identiteit?: Persoonsgegevens & { geregistreerdOp: string };
}

/**
 * One inwoner as the caller's organisation knows them: built from the aanmeldingen it may see (those it registered
 * and those routed to it), never from what other organisations captured. The person data is that of the newest
 * confirmed one. Beheer sees everything: the held identity and every aanmelding with its own data.
 * Undefined when the caller sees no aanmelding of this inwoner.
 */
export async function leesInwoner(
  manager: EntityManager,
  vault: BsnVault,
  id: string,
  wie: Principal,
): Promise<InwonerView | undefined> {
  const aanmeldingen = await zichtbareAanmeldingen(manager, wie, [id]);
  if (aanmeldingen.length === 0) return undefined;
  const [inwoner] = await manager.query(
    `SELECT voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, huisnummer, gemeentecode, email, telefoon, geslacht,
            created_at, bsn_versleuteld, bsn_sleutel_id, versie, anoniem
       FROM inwoners WHERE id = $1`,
    [id],
  );
  const identiteitTeControleren = !aanmeldingen.some((a) => geeftGedeeldeGegevens(a.controle));
  const toestemmingen = identiteitTeControleren ? [] : await leesToestemmingen(manager, id);
  const beheer = wie.roles.includes('beheer');
  const { bsn_versleuteld, bsn_sleutel_id, created_at, versie, anoniem, ...identiteit } = inwoner;
  return {
    id,
    versie,
    anoniem,
    bsn: bsn_versleuteld ? vault.decrypt({ sleutelId: bsn_sleutel_id, versleuteld: bsn_versleuteld }, id) : null,
    ...(await gecorrigeerdeGegevens(manager, id, aanmeldingen)),
    toestemmingen,
    aanmeldingen: aanmeldingen.map((a) => ({ ...aanmeldingInView(a), ...(beheer ? voorBeheer(a) : {}) })),
    identiteitTeControleren,
    ...(beheer ? { identiteit: { ...identiteit, geregistreerdOp: (created_at as Date).toISOString() } } : {}),
  };
}

/**
 * The person data to show: that of the aanmelding `weergaveAanmelding` picks, with every correction made after it
 * (a correction is the person's own data set right, so whoever sees the person sees it).
 */
export async function gecorrigeerdeGegevens(
  manager: EntityManager,
  id: string,
  aanmeldingen: readonly ZichtbareAanmelding[],
): Promise<Persoonsgegevens> {
  const weergave = weergaveAanmelding(aanmeldingen);
  // Only email and telefoon can be corrected to null, and those are nullable here too.
  const correcties = (await correctiesNa(manager, id, weergave.aangemeldOp)) as Partial<Persoonsgegevens>;
  return { ...weergave.gegevens, ...correcties };
}

/**
 * The inwoner's consents, the current state per purpose (and vacancy): the newest consent, gegeven while it is in
 * force today (not withdrawn, not past geldigTot), changed when last given or withdrawn.
 */
export async function leesToestemmingen(manager: EntityManager, id: string): Promise<InwonerView['toestemmingen']> {
  const rows: {
    doel: string;
    vacature_id: string | null;
    actief: boolean;
    gewijzigd_op: Date;
    geldig_tot: string | null;
  }[] = await manager.query(
    `SELECT DISTINCT ON (doel, vacature_id) doel, vacature_id, gewijzigd_op, to_char(geldig_tot, 'YYYY-MM-DD') AS geldig_tot,
              gegeven AND (geldig_tot IS NULL OR geldig_tot >= ${VANDAAG_SQL}) AS actief
         FROM toestemmingen WHERE inwoner_id = $1 ORDER BY doel, vacature_id, gegeven_op DESC, id`,
    [id],
  );
  return rows.map((t) => ({
    doel: t.doel,
    ...(t.vacature_id ? { vacatureId: t.vacature_id } : {}),
    gegeven: t.actief,
    gewijzigdOp: t.gewijzigd_op.toISOString(),
    ...(t.geldig_tot ? { geldigTot: t.geldig_tot } : {}),
  }));
}

export function aanmeldingInView(a: ZichtbareAanmelding): AanmeldingInView {
  return {
    id: a.id,
    kanaal: a.kanaal,
    aangemeldOp: a.aangemeldOp,
    stap: a.stap,
    organisatie: a.organisatie,
    identiteitTeControleren: !geeftGedeeldeGegevens(a.controle),
  };
}

function voorBeheer(a: ZichtbareAanmelding): Pick<AanmeldingInView, 'gegevens' | 'identiteitscontrole'> {
  return {
    gegevens: a.gegevens,
    identiteitscontrole:
      a.controle && a.controleId
        ? { id: a.controleId, status: a.controle, afwijkendeVelden: a.afwijkendeVelden }
        : null,
  };
}
