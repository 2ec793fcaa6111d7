import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, problemException, TransactionRunner } from '@wiz/platform';
import { RapportageOpslag, sha256 } from '../../database/rapportage-opslag';
import { rapportPdf } from '../../documenten/rapport-pdf';
import { rapportXlsx } from '../../documenten/rapport-xlsx';
import { RapportSamensteller } from '../../queries/rapport-samensteller';

export interface Publicatie {
  periode: string;
  gemeentecode?: string;
  reden?: string;
}

/**
 * Freezes a report: the figures as computed now, their definition version and the PDF and XLSX made from them are
 * stored once. Publishing a periode and gemeente again is a correction: a new version, which must say why
 * (without a reason: 409 naming the current version).
 */
@Injectable()
export class PubliceerRapportage {
  constructor(
    private readonly samensteller: RapportSamensteller,
    private readonly opslag: RapportageOpslag,
    private readonly transactions: TransactionRunner,
  ) {}

  async execute(p: Publicatie, wie: Principal) {
    const rapport = await this.samensteller.stelSamen(p.periode, p.gemeentecode);
    return this.transactions.run(async (m) => {
      const vorige = await this.opslag.laatsteVersie(m, rapport.periode, rapport.gemeentecode);
      if (vorige && !p.reden) {
        throw problemException(
          409,
          `Version ${vorige.versie} of this report is published; a correction is a new version and needs a reden.`,
          {
            bestaandId: vorige.id,
            errors: [{ field: 'reden', message: 'required for a correction' }],
          },
        );
      }
      const id = randomUUID();
      const versie = (vorige?.versie ?? 0) + 1;
      const gepubliceerdOp = new Date();
      const uitgave = { versie, gepubliceerdDoor: wie.subject, gepubliceerdOp: gepubliceerdOp.toISOString() };
      const bestanden = { pdf: await rapportPdf(rapport, uitgave), xlsx: await rapportXlsx(rapport, uitgave) };
      await this.opslag.bewaar(m, { id, versie, reden: p.reden ?? null, rapport, gepubliceerdOp, bestanden }, wie);
      return {
        id,
        periode: rapport.periode,
        gemeentecode: rapport.gemeentecode,
        versie,
        reden: p.reden ?? null,
        definitieVersie: rapport.definitieVersie,
        gepubliceerdDoor: wie.subject,
        gepubliceerdOp: uitgave.gepubliceerdOp,
        sha256: { pdf: sha256(bestanden.pdf), xlsx: sha256(bestanden.xlsx) },
      };
    });
  }
}
