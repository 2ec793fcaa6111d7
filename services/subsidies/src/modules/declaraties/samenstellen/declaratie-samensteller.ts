import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { beperkteInwoners, currentContext } from '@wiz/platform';
import { DeclaratieAccumulator, Uitsluitingsreden } from '../domain';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../database/declaratie.repository.port';
import { KOSTENREGELS, KostenregelsPort } from '../../kostenregels/kostenregels.port';
import { REGELINGEN, RegelingenPort } from '../../regelingen/regelingen.port';
import { DEELNEMERS, DeelnemersPort } from '../../deelnemers/deelnemers.port';

const BATCH = 10_000;

/**
 * Compiles a claim: streams the scheme's cost lines of the claim's own organisation dated inside the claim period
 * through the accumulator (the domain's one implementation of the rules), writes each line's inclusion or
 * exclusion, and stores the totals.
 * One transaction, so a crash leaves the claim `in-bewerking` and the job simply runs again. Progress is written
 * outside that transaction, so the API shows it while the work goes on.
 */
@Injectable()
export class DeclaratieSamensteller {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    @Inject(KOSTENREGELS) private readonly kostenregels: KostenregelsPort,
    @Inject(REGELINGEN) private readonly regelingen: RegelingenPort,
    @Inject(DEELNEMERS) private readonly deelnemers: DeelnemersPort,
  ) {}

  /**
   * Compiles in a transaction of its own, or in the request's when there is one: under an Idempotency-Key the claim
   * was inserted in the interceptor's open transaction, which a connection of its own would not see.
   */
  async compileer(declaratieId: string): Promise<void> {
    const ambient = currentContext()?.entityManager;
    if (ambient) {
      await this.samenstellen(ambient, declaratieId);
      return;
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.samenstellen(runner.manager, declaratieId);
      await runner.commitTransaction();
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }

  /** The compilation itself, on one connection and in one transaction (`sql`); nothing when the claim is gone. */
  private async samenstellen(sql: EntityManager, declaratieId: string): Promise<void> {
    // The INSERT in flight while the next batch is judged (see below).
    let schrijven: Promise<unknown> | undefined;
    try {
      const k = await this.declaraties.voorSamenstelling(sql, declaratieId);
      const regeling = k && (await this.regelingen.voorDeclaratie(k.regelingCode));
      if (!k || !regeling) return;
      const inwonerIds = await this.kostenregels.inwonerIds(sql, k);
      const deelnemers = await this.deelnemers.lees(sql, inwonerIds);
      // A restricted participant stays in: the claim is the legal duty the data was kept for (AVG art. 18(2)
      // allows it for legal claims; leaving them out would under-report the costs). The audit row says how many.
      const beperkt = (await beperkteInwoners(sql, inwonerIds)).size;
      const ingediend = await this.kostenregels.ingediend(sql, k);
      const totaal = await this.kostenregels.aantal(sql, k);
      // ESF+ results as known today, or at the period's end when that has passed (a later compilation of a past
      // period gives the same answer unless late events arrived).
      const vandaag = new Date().toISOString().slice(0, 10);
      const peildatum = k.periodeTot < vandaag ? k.periodeTot : vandaag;
      const acc = new DeclaratieAccumulator(regeling, deelnemers, ingediend, undefined, peildatum);
      await this.declaraties.wisRegels(sql, declaratieId);
      let verwerkt = 0;
      // Overlapped: a batch's INSERT runs while the next batch is judged, so the rules (JavaScript) and the writes
      // (PostgreSQL) no longer take turns. One statement at a time on the connection, all in this transaction; a
      // failed INSERT surfaces at its await (the no-op catch only keeps it from counting as unhandled meanwhile).
      for await (const regels of this.kostenregels.kandidaten(sql, k, BATCH)) {
        const ids: string[] = [];
        const opgenomen: boolean[] = [];
        const redenen: (Uitsluitingsreden | null)[] = [];
        for (const regel of regels) {
          const uitkomst = acc.voegToe(regel);
          ids.push(regel.id);
          opgenomen.push(uitkomst.opgenomen);
          redenen.push(uitkomst.opgenomen ? null : uitkomst.reden);
        }
        if (schrijven) {
          await schrijven;
          // Progress counts the lines written.
          await this.declaraties.meldVoortgang(
            declaratieId,
            Math.min(99, Math.floor((verwerkt * 100) / Math.max(1, totaal))),
          );
        }
        schrijven = this.declaraties.schrijfRegels(sql, declaratieId, ids, opgenomen, redenen);
        schrijven.catch(() => undefined);
        verwerkt += regels.length;
      }
      await schrijven;
      const { opgenomen: _ids, uitgesloten: _uit, ...samenvatting } = acc.resultaat();
      await this.declaraties.rondSamenstellingAf(sql, declaratieId, samenvatting, totaal, beperkt);
    } catch (err) {
      await schrijven?.catch(() => undefined);
      throw err;
    }
  }
}
