import { Inject, Injectable } from '@nestjs/common';
import { Principal, problemException, TransactionRunner } from '@wiz/platform';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from '../../../../config/subsidies-config';
import { ImportType, openImport } from '../../import/open-import';
import { leesTot } from '../../import/import-bron';
import { KostenregelImporteur } from '../../import/kostenregel-importeur';
import { KostenregelImportWachtrij } from '../../import/kostenregel-import-wachtrij';

export type ImportAntwoord = { aantal: number } | { id: string; status: 'in-bewerking'; voortgang: 0 };

/**
 * Up to IMPORT_DIRECT_MAX rows are stored within the request; a larger file is kept and stored by a job. All or
 * nothing: one bad row and nothing is imported (400 with every bad row and field).
 */
@Injectable()
export class ImporteerKostenregelsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly importeur: KostenregelImporteur,
    private readonly wachtrij: KostenregelImportWachtrij,
    @Inject(SUBSIDIES_CONFIG) private readonly config: SubsidiesConfig,
  ) {}

  async importeer(bestand: Buffer, type: ImportType, wie: Principal): Promise<ImportAntwoord> {
    const bron = await openImport(bestand, type, this.config.import);
    const begin = await leesTot(bron, this.config.import.directMax);
    if (begin.meer) {
      const id = await this.wachtrij.neemAan(bestand, type, wie);
      return { id, status: 'in-bewerking', voortgang: 0 };
    }
    const uitkomst = await this.transactions.run((m) => this.importeur.importeer(m, wie, begin.rijen));
    if ('geweigerd' in uitkomst)
      throw problemException(400, uitkomst.geweigerd.detail, { errors: uitkomst.geweigerd.errors });
    return uitkomst;
  }
}
