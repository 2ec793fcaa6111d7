import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BEWAARTERMIJN_INSTELLINGEN,
  perBatch,
  vergrendelInwoners,
  type BewaartermijnInstellingen,
  type BewaartermijnTaak,
} from '@wiz/platform';
import { Wisser } from '../database/wisser';
import { BewaartermijnRepository } from '../database/bewaartermijn.repository';
import { SOORTEN, type Soort } from '../domain/wisbare-gegevens';
import { Wissen } from '../wissen';

/** Trajecten per transaction: a run killed halfway loses at most one batch's work, which the next run does. */
const BATCH = 50;

/**
 * The daily retention run (the platform's BewaartermijnRunner calls it): per kind of record, the trajecten closed
 * at least that kind's period ago have its free text erased, a batch per transaction, each traject and kind noted
 * in bewaartermijn_verwerkt in the same transaction, so a second run finds nothing and an interrupted one is
 * finished by the next. A person whose processing is restricted waits (AVG art. 18: kept, not destroyed, while the
 * restriction lasts). Once every kind of every traject of a person is done, what is left of them (steps,
 * activities, hours, follow-ups, the monitor's rows about them) is made anonymous as an erasure makes it, those
 * trajecten only (Wissen.naBewaartermijn): under a fresh random id, out of every list. The monitor's figures do not
 * move. Answers rows erased per kind and the number of people made anonymous (`inwoners`).
 */
@Injectable()
export class TrajectenBewaartermijnTaak implements BewaartermijnTaak {
  constructor(
    @Inject(BEWAARTERMIJN_INSTELLINGEN) private readonly instellingen: BewaartermijnInstellingen<Soort>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: BewaartermijnRepository,
    private readonly wisser: Wisser,
    private readonly wissen: Wissen,
  ) {}

  async run(now: Date): Promise<Record<string, number>> {
    const resultaat: Record<string, number> = {};
    for (const soort of SOORTEN) {
      const grens = this.instellingen.grensdag(soort, now);
      resultaat[soort] = 0;
      await perBatch(this.dataSource, async (m) => {
        const ids = await this.repository.teVerwerken(m, soort, grens, BATCH);
        for (const id of ids) resultaat[soort] += await this.wisser.wis(m, id, [id], [soort]);
        await this.repository.verwerkt(m, soort, ids);
        return ids.length;
      });
    }
    resultaat.inwoners = 0;
    await perBatch(this.dataSource, async (m) => {
      const geoordeeld = await this.repository.teAnonimiseren(m, SOORTEN.length, BATCH);
      resultaat.inwoners += await this.maakAnoniem(m, geoordeeld, now);
      return geoordeeld.length;
    });
    return resultaat;
  }

  /**
   * The people judged past every period, made anonymous under their lock (the one a traject's start, a merge, an
   * erasure and a restriction take): judged again under it, so one who came back, was merged, erased or restricted
   * since keeps everything. Answers how many were made anonymous.
   */
  async maakAnoniem(m: EntityManager, geoordeeld: readonly { inwonerId: string }[], now: Date): Promise<number> {
    const ids = geoordeeld.map((p) => p.inwonerId);
    if (ids.length === 0) return 0;
    await vergrendelInwoners(m, ids);
    const nogSteeds = await this.repository.teAnonimiseren(m, SOORTEN.length, ids.length, ids);
    for (const { inwonerId, trajectIds } of nogSteeds)
      await this.wissen.naBewaartermijn(m, inwonerId, trajectIds, now.toISOString());
    return nogSteeds.length;
  }
}
