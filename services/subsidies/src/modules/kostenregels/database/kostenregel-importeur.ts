import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldError } from '@wiz/platform';
import { ImportBeoordeling, ImportRij, KostenregelInvoer } from '../domain';
import { KostenregelOpslag } from './kostenregel-opslag';

const BATCH = 5_000;

export type ImportResultaat = { aantal: number } | { geweigerd: { detail: string; errors: FieldError[] } };

/**
 * Imports rows all or nothing inside the caller's transaction, without holding the file: good lines are inserted in
 * batches as they come; the first bad row stops the inserts (the rest is only checked, so every error is reported)
 * and a savepoint takes back what was inserted. `naElkeBatch` runs after every BATCH rows read (a job's progress).
 */
@Injectable()
export class KostenregelImporteur {
  constructor(private readonly opslag: KostenregelOpslag) {}

  async importeer(
    m: EntityManager,
    organisatie: string,
    rijen: AsyncIterable<ImportRij> | Iterable<ImportRij>,
    naElkeBatch: () => Promise<void> = async () => undefined,
  ): Promise<ImportResultaat> {
    const beoordeling = new ImportBeoordeling();
    const regelingen = await this.opslag.regelingen(m);
    await m.query('SAVEPOINT kostenregel_import');
    let batch: KostenregelInvoer[] = [];
    let gelezen = 0;
    let aantal = 0;
    for await (const { rijnummer, cellen } of rijen) {
      const regel = beoordeling.beoordeel(cellen, rijnummer);
      const fouten = regel ? this.opslag.fouten(regelingen, regel) : [];
      if (fouten.length) beoordeling.weiger(rijnummer, fouten);
      else if (regel && !beoordeling.geweigerd) batch.push(regel);
      if (++gelezen % BATCH !== 0) continue;
      if (!beoordeling.geweigerd) aantal += (await this.opslag.voegIn(m, batch, organisatie)).length;
      batch = [];
      await naElkeBatch();
    }
    if (beoordeling.geweigerd) {
      await m.query('ROLLBACK TO SAVEPOINT kostenregel_import');
      const errors = beoordeling.fouten.map((f) => ({ field: `rij ${f.rijnummer}.${f.veld}`, message: f.melding }));
      return {
        geweigerd: { detail: `${beoordeling.foutieveRijen} row(s) are invalid; nothing was imported.`, errors },
      };
    }
    aantal += (await this.opslag.voegIn(m, batch, organisatie)).length;
    await m.query('RELEASE SAVEPOINT kostenregel_import');
    return { aantal };
  }
}
