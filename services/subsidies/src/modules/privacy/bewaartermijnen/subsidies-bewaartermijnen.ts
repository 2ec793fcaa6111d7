import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kalenderdag } from '@wiz/contracts';
import {
  BEWAARTERMIJN_INSTELLINGEN,
  loadBewaartermijnen,
  perBatch,
  vergrendelInwoners,
  type BewaartermijnInstellingen,
  type BewaartermijnTaak,
} from '@wiz/platform';
import { DeelnemergegevensRepository } from '../database/deelnemergegevens-repository';

/**
 * subsidies' kinds of record and their default retention (SUBSIDIES_BEWAARTERMIJN_<SOORT> or BEWAARTERMIJN_<SOORT>):
 * - deelnemers (P5Y from the person's last traject closing): the participant register and the person on cost
 *   lines, as a re-integration file (Selectielijst gemeentelijke archiefbescheiden 2020; assumed).
 * - declaraties (P5Y from 31 December of the year of the last submission that names the person): the audit duty of
 *   Regulation (EU) 2021/1060 art. 82 (documents kept five years from 31 December of the year of the last payment;
 *   the payment date is not known here, the submission is the nearest date known — a later payment needs a longer
 *   setting). No participant a submitted claim names is destroyed before it ends, whatever `deelnemers` says.
 * Destroyed: the register entry and its facts; the cost lines stay (the organisation's costs) without the person.
 */
export const SUBSIDIES_BEWAARTERMIJNEN = { deelnemers: 'P5Y', declaraties: 'P5Y' } as const;
export type SubsidiesSoort = keyof typeof SUBSIDIES_BEWAARTERMIJNEN;

export const loadSubsidiesBewaartermijnen = (env: NodeJS.ProcessEnv = process.env) =>
  loadBewaartermijnen<SubsidiesSoort>('subsidies', SUBSIDIES_BEWAARTERMIJNEN, env);

const BATCH = 500;

/** The daily run, in batches of their own transaction: held pseudonyms past their duty, then expired participants. */
@Injectable()
export class SubsidiesBewaartermijnTaak implements BewaartermijnTaak {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gegevens: DeelnemergegevensRepository,
    @Inject(BEWAARTERMIJN_INSTELLINGEN) private readonly instellingen: BewaartermijnInstellingen<SubsidiesSoort>,
  ) {}

  async run(now: Date): Promise<Record<string, number>> {
    const { declaraties } = this.instellingen.termijnen;
    const vandaag = kalenderdag(now, this.instellingen.tijdzone);
    const bewaard = await perBatch(this.dataSource, async (m) => {
      const ids = await this.gegevens.bewaardVerlopen(m, vandaag, BATCH);
      await this.gegevens.vernietig(m, ids);
      return ids.length;
    });
    const vraag = {
      grens: this.instellingen.grensdag('deelnemers', now),
      vandaag,
      auditTermijn: declaraties.iso,
      aantal: BATCH,
    };
    const verlopen = await perBatch(this.dataSource, async (m) => {
      const kandidaten = await this.gegevens.verlopen(m, vraag);
      if (kandidaten.length === 0) return 0;
      // Locked as a merge or erasure would, and chosen again: an event may have arrived meanwhile.
      await vergrendelInwoners(m, kandidaten);
      const ids = await this.gegevens.verlopen(m, { ...vraag, binnen: kandidaten });
      await this.gegevens.vernietig(m, ids);
      return Math.max(ids.length, 1);
    });
    return { deelnemers: bewaard + verlopen };
  }
}
