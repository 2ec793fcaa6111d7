import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { currentContext } from '@wiz/platform';
import { declaratieBedragen } from '../domain';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../database/declaratie.repository.port';
import { KOSTENREGELS, KostenregelsPort } from '../../kostenregels/kostenregels.port';
import { REGELINGEN, RegelingenPort } from '../../regelingen/regelingen.port';
import { DEELNEMERS, DeelnemersPort } from '../../deelnemers/deelnemers.port';
import { kalenderdag } from '@wiz/contracts';

/**
 * Compiles a claim: judges the scheme's cost lines of the claim's own organisation dated inside the claim period,
 * writes each line's inclusion or exclusion, and stores the totals.
 * One transaction, so a crash leaves the claim `in-bewerking` and the job simply runs again. Progress goes from 0 to
 * 100 at once: the lines are judged in one statement, which has no midpoint to report.
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

  /**
   * The compilation itself, on one connection and in one transaction (`sql`); nothing when the claim is gone.
   * Set-based: PostgreSQL judges every line and sums the included ones in one statement (KostenregelsPort.beoordeel)
   * and counts the ESF+ indicators over their distinct participants in another (DeelnemersPort.telIndicatoren), each
   * held equal to the domain's rules by an equivalence property test; JavaScript only turns the sums into the
   * claim's amounts (declaratieBedragen).
   */
  private async samenstellen(sql: EntityManager, declaratieId: string): Promise<void> {
    const k = await this.declaraties.voorSamenstelling(sql, declaratieId);
    const regeling = k && (await this.regelingen.voorDeclaratie(k.regelingCode));
    if (!k || !regeling) return;
    // A restricted participant stays in: the claim is the legal duty the data was kept for (AVG art. 18(2)
    // allows it for legal claims; leaving them out would under-report the costs). The audit row says how many.
    const beperkt = await this.kostenregels.aantalBeperkteDeelnemers(sql, k);
    // ESF+ results as known today, or at the period's end when that has passed (a later compilation of a past
    // period gives the same answer unless late events arrived).
    const vandaag = kalenderdag(new Date());
    const peildatum = k.periodeTot < vandaag ? k.periodeTot : vandaag;
    await this.declaraties.wisRegels(sql, declaratieId);
    const oordeel = await this.kostenregels.beoordeel(sql, declaratieId, k, regeling);
    const samenvatting = {
      ...declaratieBedragen(regeling, oordeel.opgenomenCenten, oordeel.personeelCenten),
      indicatoren: await this.deelnemers.telIndicatoren(sql, oordeel.deelnemers, peildatum),
    };
    await this.declaraties.rondSamenstellingAf(sql, declaratieId, samenvatting, oordeel.kandidaten, beperkt);
  }
}
