import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Inzage } from '../ongebruikelijk';

export interface AuditFilter {
  /** One person: their id and the ids merged into it. */
  inwonerIds?: readonly string[];
  gebruiker?: string;
  /** Local calendar days, inclusive, in `tijdzone`. */
  van?: string;
  tot?: string;
  tijdzone: string;
}

export interface AuditRij {
  id: string;
  at: Date;
  subject: string;
  rollen: string[];
  organisatie: string;
  doel: string;
  actie: string;
  wat_soort: string;
  wat_id: string | null;
  inwoner_ids: string[];
  correlation_id: string;
  wie_naam: string | null;
}

/** One row of the inwoner's own view: who (role, name, organisation), what, why, when; no staff id. */
export interface EigenAuditRij {
  at: Date;
  rollen: string[];
  wie_naam: string | null;
  organisatie: string;
  actie: string;
  doel: string;
}

/** Rows naming one of the person's ids ($1), without their own reads (role inwoner under one of those ids). */
const VAN_PERSOON_NIET_EIGEN = `inwoner_ids && $1::uuid[] AND NOT ('inwoner' = ANY (rollen) AND subject = ANY ($1::text[]))`;

/** Reads the service's audit_log for the privacy officer: by person or by user and period, latest first. */
@Injectable()
export class AuditLogLezer {
  async zoek(
    m: EntityManager,
    f: AuditFilter,
    limiet: number,
    begin: number,
  ): Promise<{ rijen: AuditRij[]; totaal: number }> {
    const where = `($1::uuid[] IS NULL OR inwoner_ids && $1::uuid[])
      AND ($2::text IS NULL OR subject = $2)
      AND ($3::date IS NULL OR at >= ($3::date)::timestamp AT TIME ZONE $5)
      AND ($4::date IS NULL OR at < ($4::date + 1)::timestamp AT TIME ZONE $5)`;
    const params = [f.inwonerIds ?? null, f.gebruiker ?? null, f.van ?? null, f.tot ?? null, f.tijdzone];
    const [{ totaal }] = await m.query(`SELECT count(*)::int AS totaal FROM audit_log WHERE ${where}`, params);
    const rijen: AuditRij[] = await m.query(
      `SELECT id::text, at, subject, rollen, organisatie, doel, actie, wat_soort, wat_id, inwoner_ids::text[], correlation_id, wie_naam
       FROM audit_log WHERE ${where} ORDER BY at DESC, id DESC LIMIT $6 OFFSET $7`,
      [...params, limiet, begin],
    );
    return { rijen, totaal };
  }

  /**
   * The rows naming any of `inwonerIds` (one person: their id and the ids merged into it) in the local days `van`
   * to `tot`, without the person's own reads (role inwoner under one of those ids), latest first.
   */
  async vanInwoner(
    m: EntityManager,
    f: { inwonerIds: readonly string[]; van: string; tot: string; tijdzone: string },
    limiet: number,
    begin: number,
  ): Promise<{ rijen: EigenAuditRij[]; totaal: number }> {
    const where = `${VAN_PERSOON_NIET_EIGEN}
      AND at >= ($2::date)::timestamp AT TIME ZONE $4 AND at < ($3::date + 1)::timestamp AT TIME ZONE $4`;
    const params = [f.inwonerIds, f.van, f.tot, f.tijdzone];
    const [{ totaal }] = await m.query(`SELECT count(*)::int AS totaal FROM audit_log WHERE ${where}`, params);
    const rijen: EigenAuditRij[] = await m.query(
      `SELECT at, rollen, wie_naam, organisatie, actie, doel FROM audit_log WHERE ${where}
       ORDER BY at DESC, id DESC LIMIT $5 OFFSET $6`,
      [...params, limiet, begin],
    );
    return { rijen, totaal };
  }

  /** Every row `vanInwoner` would give, over all time and without pages: the trail in the person's own download. */
  alleVanInwoner(m: EntityManager, inwonerIds: readonly string[]): Promise<EigenAuditRij[]> {
    return m.query(
      `SELECT at, rollen, wie_naam, organisatie, actie, doel FROM audit_log WHERE ${VAN_PERSOON_NIET_EIGEN}
       ORDER BY at DESC, id DESC`,
      [inwonerIds],
    );
  }

  /** Every row of one local day that names an inwoner: what the unusual-reading report weighs. */
  async dag(m: EntityManager, datum: string, tijdzone: string): Promise<Inzage[]> {
    const rijen: { subject: string; at: Date; inwoner_ids: string[] }[] = await m.query(
      `SELECT subject, at, inwoner_ids::text[] FROM audit_log
       WHERE at >= ($1::date)::timestamp AT TIME ZONE $2 AND at < ($1::date + 1)::timestamp AT TIME ZONE $2
         AND cardinality(inwoner_ids) > 0`,
      [datum, tijdzone],
    );
    return rijen.map((r) => ({ subject: r.subject, at: new Date(r.at), inwonerIds: r.inwoner_ids }));
  }
}
