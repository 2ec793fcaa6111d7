import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventData,
  EventEnvelope,
  PlaatsingBeeindigd,
  PlaatsingGerealiseerd,
  PlaatsingUrenGewijzigd,
} from '@wiz/contracts';
import { huidigeInwoner, OnEvent } from '@wiz/platform';
import { DeelnemerRepository } from '../database/deelnemer.repository';

/**
 * Placements as facts for the ESF+ results (in employment upon leaving and six months after it, an improved
 * situation). The start and the end arrive in separate events, in either order: each fills only its own columns of
 * the placement's row, so both orders leave the same row.
 */
@Injectable()
export class PlaatsingenHandlers {
  constructor(private readonly register: DeelnemerRepository) {}

  @OnEvent(PlaatsingGerealiseerd)
  async gerealiseerd(e: EventEnvelope<EventData<typeof PlaatsingGerealiseerd>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.register.plaatsingGestart(m, { ...e.data, inwonerId });
  }

  @OnEvent(PlaatsingBeeindigd)
  async beeindigd(e: EventEnvelope<EventData<typeof PlaatsingBeeindigd>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.register.plaatsingBeeindigd(m, e.data.plaatsingId, inwonerId, e.data.einddatum);
  }

  @OnEvent(PlaatsingUrenGewijzigd)
  async urenGewijzigd(e: EventEnvelope<EventData<typeof PlaatsingUrenGewijzigd>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.register.urenGewijzigd(m, { ...e.data, inwonerId });
  }
}
