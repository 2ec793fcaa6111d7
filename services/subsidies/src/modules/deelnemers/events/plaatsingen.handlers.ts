import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventData,
  EventEnvelope,
  PlaatsingBeeindigd,
  PlaatsingGerealiseerd,
  PlaatsingUrenGewijzigd,
} from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';

/**
 * Placements as facts for the ESF+ results (in employment upon leaving and six months after it, an improved
 * situation). The start and the end arrive in separate events, in either order: each fills only its own columns of
 * the placement's row, so both orders leave the same row.
 */
@Injectable()
export class PlaatsingenHandlers {
  @OnEvent(PlaatsingGerealiseerd)
  async gerealiseerd(e: EventEnvelope<EventData<typeof PlaatsingGerealiseerd>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await m.query(
      `INSERT INTO deelnemer_plaatsingen (plaatsing_id, inwoner_id, startdatum, uren_per_week, contractvorm) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (plaatsing_id) DO UPDATE SET startdatum = EXCLUDED.startdatum, uren_per_week = EXCLUDED.uren_per_week, contractvorm = EXCLUDED.contractvorm`,
      [d.plaatsingId, d.inwonerId, d.startdatum, d.urenPerWeek, d.contractvorm],
    );
  }

  @OnEvent(PlaatsingBeeindigd)
  async beeindigd(e: EventEnvelope<EventData<typeof PlaatsingBeeindigd>>, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO deelnemer_plaatsingen (plaatsing_id, inwoner_id, einddatum) VALUES ($1, $2, $3)
       ON CONFLICT (plaatsing_id) DO UPDATE SET einddatum = EXCLUDED.einddatum`,
      [e.data.plaatsingId, e.data.inwonerId, e.data.einddatum],
    );
  }

  @OnEvent(PlaatsingUrenGewijzigd)
  async urenGewijzigd(e: EventEnvelope<EventData<typeof PlaatsingUrenGewijzigd>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await m.query(
      `INSERT INTO deelnemer_urenwijzigingen (plaatsing_id, ingangsdatum, inwoner_id, vorige_uren_per_week, uren_per_week) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [d.plaatsingId, d.ingangsdatum, d.inwonerId, d.vorigeUrenPerWeek, d.urenPerWeek],
    );
  }
}
