import { HttpException, Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PlatformConfig, Principal, Problem, TransactionRunner } from '@wiz/platform';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from '../../../config/subsidies-config';
import { RijWachtrij } from '../../rij-wachtrij';
import { ImportType, openImport } from '../commands/import/open-import';
import { ImportResultaat, KostenregelImporteur } from './kostenregel-importeur';

/** The upload is read back in parts: a 50 MB bytea in one piece arrives as a 100 MB hex string. */
const LEES_BYTES = 8 * 1024 * 1024;

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
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly importeur: KostenregelImporteur,
    @Inject(SUBSIDIES_CONFIG) private readonly subsidies: SubsidiesConfig,
  ) {
    super('kostenregel-import', config, logger);
    logger.setContext('KostenregelImportWachtrij');
  }

  protected async open(): Promise<string[]> {
    return (await this.dataSource.query(`SELECT id FROM kostenregel_importen WHERE status = 'in-bewerking'`)).map(
      (r: { id: string }) => r.id,
    );
  }

  /** Keeps the upload and queues it; returns the import's id. */
  async neemAan(bestand: Buffer, type: ImportType, wie: Principal): Promise<string> {
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO kostenregel_importen (id, status, content_type, bestand, organisatie, aangemaakt_door) VALUES ($1, 'in-bewerking', $2, $3, $4, $5)`,
      [id, type, bestand, wie.organisatie ?? null, wie.subject],
    );
    await this.zetKlaar(id);
    return id;
  }

  protected async werk(id: string): Promise<void> {
    const [rij] = await this.dataSource.query(
      `SELECT content_type, organisatie, octet_length(bestand) AS grootte FROM kostenregel_importen WHERE id = $1 AND status = 'in-bewerking'`,
      [id],
    );
    if (!rij) return;
    const bestand = await this.leesBestand(id, rij.grootte);
    let resultaat: ImportResultaat;
    try {
      resultaat = (await this.transactions.run(async (m) => {
        // One job per import at a time; an advisory lock, as the progress is written to the row meanwhile.
        const [{ vrij }] = await m.query(
          `SELECT pg_try_advisory_xact_lock(hashtext('kostenregel-import:' || $1)) AS vrij`,
          [id],
        );
        const [nog] = await m.query(`SELECT 1 FROM kostenregel_importen WHERE id = $1 AND status = 'in-bewerking'`, [
          id,
        ]);
        if (!vrij || !nog) return undefined;
        const bron = await openImport(bestand, rij.content_type, this.subsidies.import);
        const uitkomst = await this.importeur.importeer(m, rij.organisatie, bron.rijen, () =>
          this.meldVoortgang(id, bron.voortgang()),
        );
        if ('aantal' in uitkomst) await this.rond(m, id, uitkomst);
        return uitkomst;
      })) as ImportResultaat;
    } catch (err) {
      // A problem with the file found while reading it (413 too many rows, 400 unreadable) refuses the import.
      if (!(err instanceof HttpException)) throw err;
      const problem = err.getResponse() as Problem;
      resultaat = { geweigerd: { detail: problem.detail ?? err.message, errors: problem.errors ?? [] } };
    }
    if (resultaat && 'geweigerd' in resultaat) await this.rond(this.dataSource.manager, id, resultaat);
  }

  private async rond(m: { query: DataSource['query'] }, id: string, resultaat: ImportResultaat): Promise<void> {
    const verwerkt = 'aantal' in resultaat;
    await m.query(
      `UPDATE kostenregel_importen SET status = $2, voortgang = 100, aantal = $3, uitkomst = $4, bestand = NULL, afgerond_op = now() WHERE id = $1 AND status = 'in-bewerking'`,
      [
        id,
        verwerkt ? 'verwerkt' : 'geweigerd',
        verwerkt ? resultaat.aantal : null,
        verwerkt ? null : JSON.stringify(resultaat.geweigerd),
      ],
    );
  }

  private async meldVoortgang(id: string, gelezen: number): Promise<void> {
    await this.dataSource.query('UPDATE kostenregel_importen SET voortgang = $2 WHERE id = $1', [
      id,
      Math.min(99, Math.floor(gelezen * 100)),
    ]);
  }

  private async leesBestand(id: string, grootte: number): Promise<Buffer> {
    const delen: Buffer[] = [];
    for (let van = 0; van < grootte; van += LEES_BYTES) {
      const [{ deel }] = await this.dataSource.query(
        'SELECT substring(bestand FROM $2 FOR $3) AS deel FROM kostenregel_importen WHERE id = $1',
        [id, van + 1, LEES_BYTES],
      );
      delen.push(deel);
    }
    return Buffer.concat(delen);
  }
}
