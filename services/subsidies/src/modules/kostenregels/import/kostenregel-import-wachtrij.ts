import { HttpException, Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { PlatformConfig, Principal, Problem, TransactionRunner } from '@wiz/platform';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from '../../../config/subsidies-config';
import { RijWachtrij } from '../../rij-wachtrij';
import { ImportType, openImport } from './open-import';
import { KostenregelImporteur } from './kostenregel-importeur';
import {
  ImportResultaat,
  KOSTENREGEL_IMPORT_REPOSITORY,
  KostenregelImportRepositoryPort,
} from '../database/kostenregel-import.repository.port';

/**
 * Imports too large for a request (more than IMPORT_DIRECT_MAX rows) as jobs (job id `kostenregel-import-<id>`):
 * the upload waits in `kostenregel_importen`, the job reads it row by row and stores it all or nothing in one
 * transaction, together with the outcome, so a job that runs again after a crash finds the import done or not
 * started. Progress (the share of the file read) is written beside it, outside that transaction, for the API.
 */
@Injectable()
export class KostenregelImportWachtrij extends RijWachtrij {
  constructor(
    config: PlatformConfig,
    logger: PinoLogger,
    @Inject(KOSTENREGEL_IMPORT_REPOSITORY) private readonly importen: KostenregelImportRepositoryPort,
    private readonly transactions: TransactionRunner,
    private readonly importeur: KostenregelImporteur,
    @Inject(SUBSIDIES_CONFIG) private readonly subsidies: SubsidiesConfig,
  ) {
    super('kostenregel-import', config, logger);
    logger.setContext('KostenregelImportWachtrij');
  }

  protected open(): Promise<string[]> {
    return this.importen.wachtend();
  }

  /** Keeps the upload and queues it; returns the import's id. */
  async neemAan(bestand: Buffer, type: ImportType, wie: Principal): Promise<string> {
    const id = await this.importen.neemAan(bestand, type, wie);
    await this.zetKlaar(id);
    return id;
  }

  protected async werk(id: string): Promise<void> {
    const wachtend = await this.importen.wachtende(id);
    if (!wachtend) return;
    const bestand = await this.importen.bestand(id, wachtend.grootte);
    let resultaat: ImportResultaat | undefined;
    try {
      resultaat = await this.transactions.run(async (m) => {
        if (!(await this.importen.claim(m, id))) return undefined;
        const bron = await openImport(bestand, wachtend.contentType as ImportType, this.subsidies.import);
        // The uploader, as the import kept them: the audit row of the stored lines is theirs.
        const door = { subject: wachtend.aangemaaktDoor, roles: [], organisatie: wachtend.organisatie };
        const uitkomst = await this.importeur.importeer(m, door, bron.rijen, {
          importId: id,
          naElkeBatch: () => this.importen.meldVoortgang(id, bron.voortgang()),
        });
        if ('aantal' in uitkomst) await this.importen.rondAf(id, uitkomst, m);
        return uitkomst;
      });
    } catch (err) {
      // A problem with the file found while reading it (413 too many rows, 400 unreadable) refuses the import.
      if (!(err instanceof HttpException)) throw err;
      const problem = err.getResponse() as Problem;
      resultaat = { geweigerd: { detail: problem.detail ?? err.message, errors: problem.errors ?? [] } };
    }
    if (resultaat && 'geweigerd' in resultaat) await this.importen.rondAf(id, resultaat);
  }
}
