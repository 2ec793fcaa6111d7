import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail, type Principal } from '@wiz/platform';
import { foutenTegenRegelingen, ImportBeoordeling, ImportRij, KostenregelInvoer } from '../domain';
import { REGELINGEN, RegelingenPort } from '../../regelingen/regelingen.port';
import { KOSTENREGEL_REPOSITORY, KostenregelRepositoryPort } from '../database/kostenregel.repository.port';
import type { ImportResultaat } from '../database/kostenregel-import.repository.port';

const BATCH = 5_000;

/** For an import run as a job: its id (in the audit row) and what to do after every batch (its progress). */
interface ImportJob {
  importId?: string | null;
  naElkeBatch?: () => Promise<void>;
}

/**
 * Imports rows all or nothing inside the caller's transaction, without holding the file: good lines are inserted in
 * batches as they come; the first bad row stops the inserts (the rest is only checked, so every error is reported)
 * and a savepoint takes back what was inserted. `naElkeBatch` runs after every BATCH rows read (a job's progress).
 * A stored import leaves one audit row, for `door`, naming every participant its lines name (the file is no JSON
 * the route's audit could search): the inwoner's "who read my data" shows it, within the request or the job.
 */
@Injectable()
export class KostenregelImporteur {
  constructor(
    @Inject(KOSTENREGEL_REPOSITORY) private readonly kostenregels: KostenregelRepositoryPort,
    @Inject(REGELINGEN) private readonly regelingen: RegelingenPort,
    private readonly audit: AuditTrail,
  ) {}

  async importeer(
    sql: EntityManager,
    door: Principal,
    rijen: AsyncIterable<ImportRij> | Iterable<ImportRij>,
    { importId = null, naElkeBatch = async () => undefined }: ImportJob = {},
  ): Promise<ImportResultaat> {
    const { organisatie } = door;
    const deelnemers = new Set<string>();
    const beoordeling = new ImportBeoordeling();
    const regelingen = await this.regelingen.kostensoorten();
    await sql.query('SAVEPOINT kostenregel_import');
    let batch: KostenregelInvoer[] = [];
    let gelezen = 0;
    let aantal = 0;
    for await (const { rijnummer, cellen } of rijen) {
      const regel = beoordeling.beoordeel(cellen, rijnummer);
      const fouten = regel ? foutenTegenRegelingen(regelingen, regel) : [];
      if (fouten.length) beoordeling.weiger(rijnummer, fouten);
      else if (regel && !beoordeling.geweigerd) {
        batch.push(regel);
        if (regel.inwonerId) deelnemers.add(regel.inwonerId);
      }
      if (++gelezen % BATCH !== 0) continue;
      if (!beoordeling.geweigerd) aantal += (await this.kostenregels.voegIn(sql, batch, organisatie)).length;
      batch = [];
      await naElkeBatch();
    }
    if (beoordeling.geweigerd) {
      await sql.query('ROLLBACK TO SAVEPOINT kostenregel_import');
      const errors = beoordeling.fouten.map((f) => ({ field: `rij ${f.rijnummer}.${f.veld}`, message: f.melding }));
      return {
        geweigerd: { detail: `${beoordeling.foutieveRijen} row(s) are invalid; nothing was imported.`, errors },
      };
    }
    aantal += (await this.kostenregels.voegIn(sql, batch, organisatie)).length;
    await sql.query('RELEASE SAVEPOINT kostenregel_import');
    await this.audit.schrijf(sql, door, {
      actie: 'kostenregels-importeren',
      doel: 'subsidieverantwoording',
      wat: { soort: 'kostenregel-import', id: importId },
      inwonerIds: [...deelnemers],
    });
    return { aantal };
  }
}
