import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, TrajectGestart, TrajectToegewezen } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';
import { ToewijzingRepository } from '../database/toewijzing.repository';

/**
 * Learns from trajecten who holds each traject (at its start, a reassignment, an accepted handover), so a consulent's
 * read of the person follows a handover at once, and which aanmelding it came from, so its holders read that
 * aanmelding's person data and no other organisation's. The two events may arrive in either order; the platform's
 * inbox applies each once.
 */
@Injectable()
export class TrajecthoudersProjectie {
  constructor(private readonly toewijzingen: ToewijzingRepository) {}

  @OnEvent(TrajectToegewezen)
  async toegewezen(e: EventEnvelope<EventData<typeof TrajectToegewezen>>, m: EntityManager): Promise<void> {
    const { trajectId, inwonerId, organisatie, team, consulent, versie, toegewezenOp } = e.data;
    await this.toewijzingen.bewaar(m, { trajectId, inwonerId, organisatie, team, consulent, versie, toegewezenOp });
  }

  @OnEvent(TrajectGestart)
  async gestart(e: EventEnvelope<EventData<typeof TrajectGestart>>, m: EntityManager): Promise<void> {
    await this.toewijzingen.bewaarHerkomst(m, e.data.trajectId, e.data.aanmeldingId);
  }
}
