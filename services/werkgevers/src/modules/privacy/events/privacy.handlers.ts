import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, InwonerGewist, InwonersSamengevoegd, VerwerkingBeperkt } from '@wiz/contracts';
import { OnEvent, pasBeperkingToe, pasSamenvoegingToe, registreerWissing } from '@wiz/platform';
import { InwonergegevensRepository } from '../database/inwonergegevens-repository';

/**
 * The inwoner's rights as intake grants them (issue 19). Erasure destroys the candidate profile, consent and benefit
 * situation and makes the placements anonymous (the afspraakbanen, SROI and monitor figures keep counting them); a
 * restriction is kept for the 403 checks; a merge moves everything to the behouden record. (The closing day of each
 * traject, for the retention periods, is kept by KandidaatProjectie: one consumer per event.)
 */
@Injectable()
export class PrivacyHandlers {
  constructor(private readonly gegevens: InwonergegevensRepository) {}

  @OnEvent(InwonerGewist)
  async gewist(e: EventEnvelope<EventData<typeof InwonerGewist>>, m: EntityManager): Promise<void> {
    const id = await registreerWissing(m, e.data.inwonerId, e.data.verzoekId, e.data.gewistOp);
    if (id) await this.gegevens.wis(m, id);
  }

  @OnEvent(VerwerkingBeperkt)
  beperkt(e: EventEnvelope<EventData<typeof VerwerkingBeperkt>>, m: EntityManager): Promise<void> {
    return pasBeperkingToe(m, e.data);
  }

  @OnEvent(InwonersSamengevoegd)
  samengevoegd(e: EventEnvelope<EventData<typeof InwonersSamengevoegd>>, m: EntityManager): Promise<void> {
    return pasSamenvoegingToe(m, e.data, {
      verplaats: (van, naar) => this.gegevens.verplaats(m, van, naar),
      wis: (id) => this.gegevens.wis(m, id),
    });
  }
}
