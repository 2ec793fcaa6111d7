import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, TrajectToegewezen } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';
import { ToewijzingRepository } from '../database/toewijzing.repository';

/**
 * Learns from trajecten who holds each traject (at its start, a reassignment, an accepted handover), so a consulent's
 * read of the person follows a handover at once. The platform's inbox applies each event once.
 */
@Injectable()
export class TrajectToegewezenHandler {
  constructor(private readonly toewijzingen: ToewijzingRepository) {}

  @OnEvent(TrajectToegewezen)
  async toegewezen(e: EventEnvelope<EventData<typeof TrajectToegewezen>>, m: EntityManager): Promise<void> {
    const { trajectId, inwonerId, organisatie, team, consulent, versie, toegewezenOp } = e.data;
    await this.toewijzingen.bewaar(m, { trajectId, inwonerId, organisatie, team, consulent, versie, toegewezenOp });
  }
}
