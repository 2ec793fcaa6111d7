import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `batch` in a transaction of its own again and again until it reports 0 done; answers the total. Each batch
 * commits on its own, so a run killed halfway keeps what it did and the next run carries on from there (a batch
 * must choose its rows from what is still due, which makes it idempotent).
 */
export async function perBatch(
  dataSource: DataSource,
  batch: (m: EntityManager) => Promise<number>,
  maxBatches = 100_000,
): Promise<number> {
  let totaal = 0;
  for (let i = 0; i < maxBatches; i++) {
    const gedaan = await dataSource.transaction(batch);
    if (gedaan === 0) break;
    totaal += gedaan;
  }
  return totaal;
}
