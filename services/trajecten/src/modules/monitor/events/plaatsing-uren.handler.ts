import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, PlaatsingUrenGewijzigd } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';
import { OnbekendTraject } from '../../opvolgingen/events/plaatsing.handlers';
import { MonitorProjectie } from '../database/monitor-projectie';

/** More contract hours for someone already working is a step forward on its ingangsdatum (fewer hours is not). */
@Injectable()
export class PlaatsingUrenHandler {
  constructor(private readonly monitor: MonitorProjectie) {}

  @OnEvent(PlaatsingUrenGewijzigd)
  async gewijzigd(event: EventEnvelope<EventData<typeof PlaatsingUrenGewijzigd>>, m: EntityManager): Promise<void> {
    const { data } = event;
    // Counted under the inwoner the traject has once a concurrent merge is settled.
    const t = (await this.monitor.trajectenVoorFeiten(m, [data.trajectId])).get(data.trajectId.toLowerCase());
    if (!t) throw new OnbekendTraject(`traject ${data.trajectId} unknown`);
    const context = {
      bron: `uren:${data.plaatsingId}:${data.ingangsdatum}`,
      inwonerId: t.inwoner_id,
      trajectId: t.id,
      gemeentecode: t.gemeentecode,
      huidigeStap: t.huidige_stap,
      op: data.ingangsdatum,
    };
    await this.monitor.registreer(m, { soort: 'uren', van: data.vorigeUrenPerWeek, naar: data.urenPerWeek }, context);
  }
}
