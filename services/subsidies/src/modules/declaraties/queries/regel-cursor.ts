import type { DataSource } from 'typeorm';

export interface ExportRegel {
  kostenregel_id: string;
  opgenomen: boolean;
  reden: string | null;
  datum: string;
  soort: string;
  bedrag_centen: string;
  inwoner_id: string | null;
  bewijsstuk: string | null;
  omschrijving: string;
}

/**
 * Yields a claim's lines in batches from a server-side cursor, so memory stays flat for a million lines; with
 * `opgenomen`, only the included (true) or excluded (false) ones.
 */
export async function* regelsVan(
  dataSource: DataSource,
  declaratieId: string,
  { opgenomen, batch = 5_000 }: { opgenomen?: boolean; batch?: number } = {},
): AsyncGenerator<ExportRegel[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query(
      `DECLARE regels NO SCROLL CURSOR FOR
       SELECT r.kostenregel_id, r.opgenomen, r.reden, to_char(k.datum, 'YYYY-MM-DD') AS datum, k.soort, k.bedrag_centen::text, k.inwoner_id, k.bewijsstuk, k.omschrijving
         FROM declaratie_regels r JOIN kostenregels k ON k.id = r.kostenregel_id
        WHERE r.declaratie_id = $1 AND ($2::boolean IS NULL OR r.opgenomen = $2) ORDER BY k.datum, k.id`,
      [declaratieId, opgenomen ?? null],
    );
    for (;;) {
      const rows: ExportRegel[] = await runner.query(`FETCH ${batch} FROM regels`);
      if (rows.length === 0) break;
      yield rows;
    }
    await runner.commitTransaction();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}
