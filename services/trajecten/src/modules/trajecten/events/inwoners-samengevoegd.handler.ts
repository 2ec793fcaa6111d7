import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, InwonersSamengevoegd } from '@wiz/contracts';
import { OnEvent, pasSamenvoegingToe } from '@wiz/platform';
import { InwonerTrajectenRepository } from '../database/inwoner-trajecten.repository';
import { MONITOR_INWONERS, type MonitorInwonersPort } from '../../monitor/monitor.port';
import { Wissen } from '../../privacy/wissen';

/**
 * Two inwoner records are one person: the vervallen record's trajecten (with their journal, plan, follow-ups and
 * handovers, all keyed by traject) and its monitor facts move to the behouden one, whose alias (the platform's
 * inwoner_aliassen) routes later events there; a restriction of either record holds for the person. Once: a
 * merge already applied asks nothing. Merged into an erased record, the vervallen one is erased as well.
 */
@Injectable()
export class InwonersSamengevoegdHandler {
  constructor(
    private readonly trajecten: InwonerTrajectenRepository,
    @Inject(MONITOR_INWONERS) private readonly monitor: MonitorInwonersPort,
    private readonly wissen: Wissen,
  ) {}

  @OnEvent(InwonersSamengevoegd)
  async handle(event: EventEnvelope<EventData<typeof InwonersSamengevoegd>>, m: EntityManager): Promise<void> {
    await pasSamenvoegingToe(m, event.data, {
      verplaats: async (vervallen, behouden) => {
        await this.trajecten.verhang(m, vervallen, behouden);
        await this.monitor.voegSamen(m, vervallen, behouden);
      },
      wis: (vervallen) => this.wissen.inwoner(m, vervallen, event.data.samengevoegdOp),
    });
  }
}
