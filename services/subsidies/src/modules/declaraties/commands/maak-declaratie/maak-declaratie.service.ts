import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, TransactionRunner } from '@wiz/platform';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from '../../../../config/subsidies-config';
import { DeclaratieAanvraag, DeclaratieTeGroot, toetsAanRegeling } from '../../domain';
import {
  DECLARATIE_REPOSITORY,
  DeclaratieRepositoryPort,
  DeclaratieView,
} from '../../database/declaratie.repository.port';
import { DeclaratieSamensteller } from '../../samenstellen/declaratie-samensteller';
import { DeclaratieWachtrij } from '../../samenstellen/declaratie-wachtrij';
import { KOSTENREGELS, KostenregelsPort } from '../../../kostenregels/kostenregels.port';
import { REGELINGEN, RegelingenPort } from '../../../regelingen/regelingen.port';

export type MaakDeclaratieAntwoord = { direct: true; declaratie: DeclaratieView } | { direct: false; id: string };

/**
 * Compiles a claim for a scheme and period, from the caller's organisation's cost lines only: up to
 * DECLARATIE_DIRECT_MAX candidate lines within the request, more as a job.
 */
@Injectable()
export class MaakDeclaratieService {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    @Inject(KOSTENREGELS) private readonly kostenregels: KostenregelsPort,
    @Inject(REGELINGEN) private readonly regelingen: RegelingenPort,
    private readonly samensteller: DeclaratieSamensteller,
    private readonly wachtrij: DeclaratieWachtrij,
    @Inject(SUBSIDIES_CONFIG) private readonly config: SubsidiesConfig,
  ) {}

  async maak(a: DeclaratieAanvraag, wie: Principal): Promise<MaakDeclaratieAntwoord> {
    const regeling = toetsAanRegeling(a, await this.regelingen.voorDeclaratie(a.regelingCode));
    const { aantal, teGroot } = await this.kostenregels.omvang(
      { ...a, organisatie: wie.organisatie },
      regeling.flatRatePercentage,
    );
    if (teGroot) throw new DeclaratieTeGroot();
    const id = randomUUID();
    await this.transactions.run((m) => this.declaraties.maak(m, id, a, wie));
    if (aantal > this.config.directMax) {
      await this.wachtrij.zetKlaar(id);
      return { direct: false, id };
    }
    await this.samensteller.compileer(id);
    // Read back after compiling; under an Idempotency-Key both the compilation and this read run in the
    // interceptor's transaction, where the claim was inserted.
    return { direct: true, declaratie: (await this.declaraties.lees(id))! };
  }
}
