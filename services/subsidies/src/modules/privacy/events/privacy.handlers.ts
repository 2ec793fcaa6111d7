import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventData,
  EventEnvelope,
  InwonerGewist,
  InwonersSamengevoegd,
  kalenderdag,
  VerwerkingBeperkt,
} from '@wiz/contracts';
import {
  BEWAARTERMIJN_INSTELLINGEN,
  OnEvent,
  pasBeperkingToe,
  pasSamenvoegingToe,
  registreerWissing,
  type BewaartermijnInstellingen,
} from '@wiz/platform';
import { DeelnemergegevensRepository } from '../database/deelnemergegevens-repository';
import type { SubsidiesSoort } from '../bewaartermijnen/subsidies-bewaartermijnen';

/**
 * The inwoner's rights as intake grants them (issue 19). Erasure: a participant no submitted claim names is
 * destroyed (register, facts, the person on cost lines); one a submitted claim names is under the ESF+/JTF audit
 * duty and is kept under a random pseudonym until the duty ends, restricted from other use (no new line can name
 * it). A restriction is kept for the 403 checks; a merge counts the person once under the behouden id.
 */
@Injectable()
export class PrivacyHandlers {
  constructor(
    private readonly gegevens: DeelnemergegevensRepository,
    @Inject(BEWAARTERMIJN_INSTELLINGEN) private readonly instellingen: BewaartermijnInstellingen<SubsidiesSoort>,
  ) {}

  @OnEvent(InwonerGewist)
  async gewist(e: EventEnvelope<EventData<typeof InwonerGewist>>, m: EntityManager): Promise<void> {
    const id = await registreerWissing(m, e.data.inwonerId, e.data.verzoekId, e.data.gewistOp);
    if (id) await this.wis(m, id);
  }

  private async wis(m: EntityManager, id: string): Promise<void> {
    const tot = await this.gegevens.wettelijkBewarenTot(m, id, this.instellingen.termijnen.declaraties.iso);
    if (tot && tot > kalenderdag(new Date())) await this.gegevens.pseudonimiseer(m, id, tot);
    else await this.gegevens.vernietig(m, [id]);
  }

  @OnEvent(VerwerkingBeperkt)
  beperkt(e: EventEnvelope<EventData<typeof VerwerkingBeperkt>>, m: EntityManager): Promise<void> {
    return pasBeperkingToe(m, e.data);
  }

  @OnEvent(InwonersSamengevoegd)
  samengevoegd(e: EventEnvelope<EventData<typeof InwonersSamengevoegd>>, m: EntityManager): Promise<void> {
    return pasSamenvoegingToe(m, e.data, {
      verplaats: (van, naar) => this.gegevens.verplaats(m, van, naar),
      wis: (id) => this.wis(m, id),
    });
  }
}
