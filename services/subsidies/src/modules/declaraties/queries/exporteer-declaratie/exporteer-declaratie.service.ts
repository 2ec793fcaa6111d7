import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { BodyWriter, Principal } from '@wiz/platform';
import { DeclaratieToegang } from '../../declaratie-toegang';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../../database/declaratie.repository.port';
import { REGELINGEN, RegelingenPort } from '../../../regelingen/regelingen.port';
import { schrijfPdf } from './bestanden/pdf-export';
import { WerkerPlaatsen } from '../werker/werker-plaatsen';

export type ExportFormaat = 'xlsx' | 'csv' | 'pdf';

/** A compiled claim's export: the file name now, the content streamed into `out` by `schrijf`. */
export interface Export {
  bestandsnaam: string;
  schrijf: BodyWriter;
}

/**
 * Claim exports for finance and the auditor, streamed: lines go from a database cursor straight into the file, the
 * XLSX and CSV in a worker thread with a heap of its own (schrijfInWerker).
 */
@Injectable()
export class ExporteerDeclaratieService {
  constructor(
    private readonly toegang: DeclaratieToegang,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    @Inject(REGELINGEN) private readonly regelingen: RegelingenPort,
    private readonly werkers: WerkerPlaatsen,
  ) {}

  async exporteer(id: string, formaat: ExportFormaat, wie: Principal): Promise<Export> {
    await this.toegang.eisZichtbaar(id, wie);
    const kop = await this.declaraties.kop(id);
    const naam = kop && (await this.regelingen.naam(kop.regeling_code));
    if (!kop || naam === undefined || kop.status === 'in-bewerking')
      throw new NotFoundException(`No compiled declaratie ${id}.`);
    const d = { ...kop, regeling_naam: naam };
    return {
      bestandsnaam: `declaratie-${d.regeling_code}-${d.periode_van}-${d.periode_tot}.${formaat}`,
      schrijf: (out) =>
        formaat === 'pdf' ? schrijfPdf(out, d) : this.werkers.schrijf(out, { declaratieId: id, formaat, kop: d }),
    };
  }
}
