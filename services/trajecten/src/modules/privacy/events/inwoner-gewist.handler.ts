import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, InwonerGewist } from '@wiz/contracts';
import { OnEvent, registreerWissing } from '@wiz/platform';
import { Wissen } from '../wissen';

/**
 * Erasure granted (AVG art. 17), for the record itself or any record merged into it. The platform marks the id
 * erased (as a hash), so events about the person that arrive later store nothing; a second delivery finds the
 * mark and does nothing.
 */
@Injectable()
export class InwonerGewistHandler {
  constructor(private readonly wissen: Wissen) {}

  @OnEvent(InwonerGewist)
  async handle(event: EventEnvelope<EventData<typeof InwonerGewist>>, m: EntityManager): Promise<void> {
    const { inwonerId, verzoekId, gewistOp } = event.data;
    const huidig = await registreerWissing(m, inwonerId, verzoekId, gewistOp);
    if (huidig) await this.wissen.inwoner(m, huidig, gewistOp);
  }
}
