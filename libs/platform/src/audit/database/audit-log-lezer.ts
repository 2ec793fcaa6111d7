import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Inzage } from '../ongebruikelijk';

export interface AuditFilter {
  inwonerId?: string;
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
}

/** Reads the service's audit_log for the privacy officer: by person or by user and period, latest first. */
@Injectable()
export class AuditLogLezer {
  async zoek(
    m: EntityManager,
    f: AuditFilter,
    limiet: number,
    begin: number,
  ): Promise<{ rijen: AuditRij[]; totaal: number }> {
    const where = `($1::uuid IS NULL OR inwoner_ids @> ARRAY[$1::uuid])
      AND ($2::text IS NULL OR subject = $2)
      AND ($3::date IS NULL OR at >= ($3::date)::timestamp AT TIME ZONE $5)
      AND ($4::date IS NULL OR at < ($4::date + 1)::timestamp AT TIME ZONE $5)`;
    const params = [f.inwonerId ?? null, f.gebruiker ?? null, f.van ?? null, f.tot ?? null, f.tijdzone];
    const [{ totaal }] = await m.query(`SELECT count(*)::int AS totaal FROM audit_log WHERE ${where}`, params);
    const rijen: AuditRij[] = await m.query(
      `SELECT id::text, at, subject, rollen, organisatie, doel, actie, wat_soort, wat_id, inwoner_ids::text[], correlation_id
       FROM audit_log WHERE ${where} ORDER BY at DESC, id DESC LIMIT $6 OFFSET $7`,
      [...params, limiet, begin],
    );
    return { rijen, totaal };
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
