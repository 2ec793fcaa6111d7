import { Inject, Injectable } from '@nestjs/common';
import { foutenTegenRegelingen, ImportBeoordeling, ImportRij, KostenregelInvoer } from '../domain';
import { REGELINGEN, RegelingenPort } from '../../regelingen/regelingen.port';
import { KOSTENREGEL_REPOSITORY, KostenregelRepositoryPort } from '../database/kostenregel.repository.port';
import type { ImportResultaat } from '../database/kostenregel-import.repository.port';
import type { Sql } from '../kostenregels.port';

const BATCH = 5_000;

/**
 * Imports rows all or nothing inside the caller's transaction, without holding the file: good lines are inserted in
 * batches as they come; the first bad row stops the inserts (the rest is only checked, so every error is reported)
 * and a savepoint takes back what was inserted. `naElkeBatch` runs after every BATCH rows read (a job's progress).
 */
@Injectable()
export class KostenregelImporteur {
  constructor(
    @Inject(KOSTENREGEL_REPOSITORY) private readonly kostenregels: KostenregelRepositoryPort,
    @Inject(REGELINGEN) private readonly regelingen: RegelingenPort,
  ) {}

  async importeer(
    sql: Sql,
    organisatie: string,
    rijen: AsyncIterable<ImportRij> | Iterable<ImportRij>,
    naElkeBatch: () => Promise<void> = async () => undefined,
  ): Promise<ImportResultaat> {
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
      else if (regel && !beoordeling.geweigerd) batch.push(regel);
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
    return { aantal };
  }
}
