import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ActiviteitAfgerond,
  AanmeldingAfgerond,
  DuurzaamheidVastgesteld,
  EventData,
  EventEnvelope,
  TrajectAfgesloten,
  TrajectGestart,
} from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';

/** Activities that end in a recognised qualification (ESF+ result "gaining a qualification"). */
const KWALIFICERENDE_ACTIVITEITEN = new Set(['kansrijk-opleiden', 'praktijkverklaring']);

/**
 * The participant register, from events only: entry attributes from the aanmelding (one labour status per
 * participant, at entry: the first aanmelding wins; an absent optional attribute is stored as null = unknown), and
 * facts from trajecten, each keyed by its own id so a redelivery changes nothing. The ESF+ results are computed
 * from these facts when a claim is compiled (domain/esf-resultaten.ts), so the order of arrival does not matter.
 */
@Injectable()
export class DeelnemersregisterHandlers {
  @OnEvent(AanmeldingAfgerond)
  async aanmelding(e: EventEnvelope<EventData<typeof AanmeldingAfgerond>>, m: EntityManager): Promise<void> {
    const { inwonerId, gemeentecode, aangemeldOp, deelnemer: d } = e.data;
    await m.query(
      `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, arbeidsmarktstatus, leeftijdsband, opleidingsniveau, geslacht, arbeidsbeperking,
                               langdurig_werkloos, derdelander, migratieachtergrond, minderheid, dakloos, platteland)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (inwoner_id) DO NOTHING`,
      [
        inwonerId,
        gemeentecode,
        aangemeldOp.slice(0, 10),
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

  @OnEvent(TrajectGestart)
  async trajectGestart(e: EventEnvelope<EventData<typeof TrajectGestart>>, m: EntityManager): Promise<void> {
    await m.query(
      'INSERT INTO deelnemer_trajecten (traject_id, inwoner_id, gestart_op) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [e.data.trajectId, e.data.inwonerId, e.data.gestartOp.slice(0, 10)],
    );
  }

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    await m.query(
      'INSERT INTO deelnemer_afsluitingen (traject_id, inwoner_id, datum, reden) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [e.data.trajectId, e.data.inwonerId, e.data.datum, e.data.reden],
    );
  }

  @OnEvent(ActiviteitAfgerond)
  async activiteit(e: EventEnvelope<EventData<typeof ActiviteitAfgerond>>, m: EntityManager): Promise<void> {
    if (e.data.resultaat !== 'behaald' || !KWALIFICERENDE_ACTIVITEITEN.has(e.data.soort)) return;
    await m.query(
      'INSERT INTO deelnemer_kwalificaties (activiteit_id, inwoner_id, datum) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [e.data.activiteitId, e.data.inwonerId, e.data.datum],
    );
  }

  @OnEvent(DuurzaamheidVastgesteld)
  async duurzaamheid(e: EventEnvelope<EventData<typeof DuurzaamheidVastgesteld>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await m.query(
      `INSERT INTO deelnemer_duurzaamheidschecks (plaatsing_id, inwoner_id, duurzaam, in_dienst, vastgesteld_op)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [d.plaatsingId, d.inwonerId, d.duurzaam, d.inDienst, d.vastgesteldOp.slice(0, 10)],
    );
  }
}
