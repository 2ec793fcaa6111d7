import { Injectable } from '@nestjs/common';
import { type AanmeldingAfgerond, type EventData, kalenderdag } from '@wiz/contracts';
import type { EntityManager } from 'typeorm';
import type { Deelnemer, Indicatoren } from '../../declaraties/domain';
import type { DeelnemersPort } from '../deelnemers.port';
import { leesDeelnemers } from './deelnemers-lezer';
import { telIndicatoren } from './deelnemer-indicatoren';

type Sql = Pick<EntityManager, 'query'>;

/**
 * The participant register's tables (deelnemers and its fact tables): written from events, each fact keyed by its
 * own id so a redelivery changes nothing; read by claims through DEELNEMERS.
 */
@Injectable()
export class DeelnemerRepository implements DeelnemersPort {
  lees(sql: Sql, inwonerIds: readonly string[]): Promise<Map<string, Deelnemer>> {
    return leesDeelnemers((tekst, args) => sql.query(tekst, args), 'SELECT unnest($1::uuid[])', [inwonerIds]);
  }

  telIndicatoren(sql: Sql, inwonerIds: readonly string[], peildatum: string): Promise<Indicatoren> {
    return telIndicatoren((tekst, args) => sql.query(tekst, args), inwonerIds, peildatum);
  }

  /**
   * Entry attributes from the aanmelding: the first aanmelding wins (one labour status per participant, at entry);
   * an absent optional attribute is stored as null = unknown.
   */
  async intrede(sql: Sql, a: EventData<typeof AanmeldingAfgerond>): Promise<void> {
    const d = a.deelnemer;
    await sql.query(
      `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, arbeidsmarktstatus, leeftijdsband, opleidingsniveau, geslacht, arbeidsbeperking,
                               langdurig_werkloos, derdelander, migratieachtergrond, minderheid, dakloos, platteland)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (inwoner_id) DO NOTHING`,
      [
        a.inwonerId,
        a.gemeentecode,
        kalenderdag(new Date(a.aangemeldOp)),
        d.arbeidsmarktstatus,
        d.leeftijdsband,
        d.opleidingsniveau,
        d.geslacht ?? null,
        d.arbeidsbeperking,
        d.langdurigWerkloos ?? null,
        d.derdelander ?? null,
        d.migratieachtergrond ?? null,
        d.minderheid ?? null,
        d.dakloos ?? null,
        d.platteland ?? null,
      ],
    );
  }

  async trajectGestart(sql: Sql, trajectId: string, inwonerId: string, gestartOp: string): Promise<void> {
    await sql.query(
      'INSERT INTO deelnemer_trajecten (traject_id, inwoner_id, gestart_op) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [trajectId, inwonerId, gestartOp],
    );
  }

  async afgesloten(sql: Sql, trajectId: string, inwonerId: string, datum: string, reden: string): Promise<void> {
    await sql.query(
      'INSERT INTO deelnemer_afsluitingen (traject_id, inwoner_id, datum, reden) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [trajectId, inwonerId, datum, reden],
    );
  }

  async kwalificatie(sql: Sql, activiteitId: string, inwonerId: string, datum: string): Promise<void> {
    await sql.query(
      'INSERT INTO deelnemer_kwalificaties (activiteit_id, inwoner_id, datum) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [activiteitId, inwonerId, datum],
    );
  }

  async duurzaamheid(
    sql: Sql,
    c: { plaatsingId: string; inwonerId: string; duurzaam: boolean; inDienst: boolean; vastgesteldOp: string },
  ): Promise<void> {
    await sql.query(
      `INSERT INTO deelnemer_duurzaamheidschecks (plaatsing_id, inwoner_id, duurzaam, in_dienst, vastgesteld_op)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [c.plaatsingId, c.inwonerId, c.duurzaam, c.inDienst, c.vastgesteldOp],
    );
  }

  /** The start of a placement; fills only its own columns, so start and end arrive in either order. */
  async plaatsingGestart(
    sql: Sql,
    p: { plaatsingId: string; inwonerId: string; startdatum: string; urenPerWeek: number; contractvorm: string },
  ): Promise<void> {
    await sql.query(
      `INSERT INTO deelnemer_plaatsingen (plaatsing_id, inwoner_id, startdatum, uren_per_week, contractvorm) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (plaatsing_id) DO UPDATE SET startdatum = EXCLUDED.startdatum, uren_per_week = EXCLUDED.uren_per_week, contractvorm = EXCLUDED.contractvorm`,
      [p.plaatsingId, p.inwonerId, p.startdatum, p.urenPerWeek, p.contractvorm],
    );
  }

  async plaatsingBeeindigd(sql: Sql, plaatsingId: string, inwonerId: string, einddatum: string): Promise<void> {
    await sql.query(
      `INSERT INTO deelnemer_plaatsingen (plaatsing_id, inwoner_id, einddatum) VALUES ($1, $2, $3)
       ON CONFLICT (plaatsing_id) DO UPDATE SET einddatum = EXCLUDED.einddatum`,
      [plaatsingId, inwonerId, einddatum],
    );
  }

  async urenGewijzigd(
    sql: Sql,
    u: { plaatsingId: string; ingangsdatum: string; inwonerId: string; vorigeUrenPerWeek: number; urenPerWeek: number },
  ): Promise<void> {
    await sql.query(
      `INSERT INTO deelnemer_urenwijzigingen (plaatsing_id, ingangsdatum, inwoner_id, vorige_uren_per_week, uren_per_week) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [u.plaatsingId, u.ingangsdatum, u.inwonerId, u.vorigeUrenPerWeek, u.urenPerWeek],
    );
  }
}
