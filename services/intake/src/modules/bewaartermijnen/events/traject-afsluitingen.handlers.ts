import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, TrajectAfgesloten } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';
import { TrajectAfsluitingen } from '../database/traject-afsluitingen.repository';

/**
 * Learns when each traject closed: intake's retention counts from the closing. That a traject exists (and so is
 * open until this arrives) intake already knows from traject-gestart and traject-toegewezen. Trajecten has no
 * reopening; should one come, it removes the row here.
 */
@Injectable()
export class TrajectAfsluitingenProjectie {
  constructor(private readonly afsluitingen: TrajectAfsluitingen) {}

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    await this.afsluitingen.bewaar(m, e.data.trajectId, e.data.inwonerId, e.data.datum);
  }
}
