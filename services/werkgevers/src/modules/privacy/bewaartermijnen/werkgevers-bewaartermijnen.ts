import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BEWAARTERMIJN_INSTELLINGEN,
  loadBewaartermijnen,
  perBatch,
  type BewaartermijnInstellingen,
  type BewaartermijnTaak,
} from '@wiz/platform';
import { InwonergegevensRepository } from '../database/inwonergegevens-repository';

/**
 * werkgevers' kinds of record and their default retention, counted from the day the traject closed
 * (WERKGEVERS_BEWAARTERMIJN_<SOORT> or BEWAARTERMIJN_<SOORT> override them):
 * - kandidaten (P1Y): the matching profile, the consent to share it and the benefit situation. No law asks to keep
 *   them; a year covers the six-month duurzaamheidscheck and a return to work soon after (assumed, not a
 *   Selectielijst category of its own).
 * - plaatsingen (P7Y): a placement's link to the person. SROI obligations are contract terms that auditors check
 *   with the contract's books (seven years, as the fiscal retention of accounts, art. 52 AWR; assumed); after it
 *   the placement is made anonymous, so the afspraakbanen and SROI figures keep it.
 */
export const WERKGEVERS_BEWAARTERMIJNEN = { kandidaten: 'P1Y', plaatsingen: 'P7Y' } as const;
export type WerkgeversSoort = keyof typeof WERKGEVERS_BEWAARTERMIJNEN;

export const loadWerkgeversBewaartermijnen = (env: NodeJS.ProcessEnv = process.env) =>
  loadBewaartermijnen<WerkgeversSoort>('werkgevers', WERKGEVERS_BEWAARTERMIJNEN, env);

const BATCH = 500;

/** The daily run: profiles destroyed, placements made anonymous, each in batches of its own transaction. */
@Injectable()
export class WerkgeversBewaartermijnTaak implements BewaartermijnTaak {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gegevens: InwonergegevensRepository,
    @Inject(BEWAARTERMIJN_INSTELLINGEN) private readonly instellingen: BewaartermijnInstellingen<WerkgeversSoort>,
  ) {}

  async run(now: Date): Promise<Record<string, number>> {
    return {
      kandidaten: await perBatch(this.dataSource, (m) =>
        this.gegevens.wisVerlopenProfielen(m, this.instellingen.grensdag('kandidaten', now), BATCH),
      ),
      plaatsingen: await perBatch(this.dataSource, (m) =>
        this.gegevens.anonimiseerAfgesloten(m, this.instellingen.grensdag('plaatsingen', now), BATCH),
      ),
    };
  }
}
