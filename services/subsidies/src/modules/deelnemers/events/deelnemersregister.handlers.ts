import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ActiviteitAfgerond, AanmeldingAfgerond, DuurzaamheidVastgesteld, EventData, EventEnvelope, PlaatsingGerealiseerd, TrajectAfgesloten, TrajectGestart,
} from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';

/** Activities that end in a recognised qualification (ESF+ result "gaining a qualification"). */
const KWALIFICERENDE_ACTIVITEITEN = new Set(['kansrijk-opleiden', 'praktijkverklaring']);

/**
 * The participant register, from events only: entry attributes from the aanmelding (one labour status per
 * participant, at entry: the first aanmelding wins), results on leaving from trajecten and werkgevers.
 * "In employment within four weeks" = a placement starting before, or within 28 days after, leaving.
 */
@Injectable()
export class DeelnemersregisterHandlers {
  @OnEvent(AanmeldingAfgerond)
  async aanmelding(e: EventEnvelope<EventData<typeof AanmeldingAfgerond>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await m.query(
      `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, arbeidsmarktstatus, leeftijdsband, opleidingsniveau, geslacht, arbeidsbeperking)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (inwoner_id) DO NOTHING`,
      [d.inwonerId, d.gemeentecode, d.aangemeldOp.slice(0, 10), d.deelnemer.arbeidsmarktstatus, d.deelnemer.leeftijdsband, d.deelnemer.opleidingsniveau, d.deelnemer.geslacht ?? null, d.deelnemer.arbeidsbeperking],
    );
  }

  @OnEvent(TrajectGestart)
  async trajectGestart(e: EventEnvelope<EventData<typeof TrajectGestart>>, m: EntityManager): Promise<void> {
    await m.query('INSERT INTO deelnemer_trajecten (traject_id, inwoner_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [e.data.trajectId, e.data.inwonerId]);
  }

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE deelnemers SET uitstroom_op = $2, onderwijs = onderwijs OR $3 WHERE inwoner_id = $1`,
      [e.data.inwonerId, e.data.datum, e.data.reden === 'scholing'],
    );
  }

  @OnEvent(ActiviteitAfgerond)
  async activiteit(e: EventEnvelope<EventData<typeof ActiviteitAfgerond>>, m: EntityManager): Promise<void> {
    if (e.data.resultaat !== 'behaald' || !KWALIFICERENDE_ACTIVITEITEN.has(e.data.soort)) return;
    await m.query('UPDATE deelnemers SET kwalificatie = true WHERE inwoner_id = $1', [e.data.inwonerId]);
  }

  @OnEvent(PlaatsingGerealiseerd)
  async plaatsing(e: EventEnvelope<EventData<typeof PlaatsingGerealiseerd>>, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE deelnemers SET werk_binnen_vier_weken = true WHERE inwoner_id = $1 AND (uitstroom_op IS NULL OR $2::date <= uitstroom_op + 28)`,
      [e.data.inwonerId, e.data.startdatum],
    );
  }

  @OnEvent(DuurzaamheidVastgesteld)
  async duurzaamheid(e: EventEnvelope<EventData<typeof DuurzaamheidVastgesteld>>, m: EntityManager): Promise<void> {
    if (e.data.duurzaam) await m.query('UPDATE deelnemers SET werk_na_zes_maanden = true WHERE inwoner_id = $1', [e.data.inwonerId]);
  }
}
