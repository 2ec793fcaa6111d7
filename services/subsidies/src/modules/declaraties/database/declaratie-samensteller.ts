import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeclaratieAccumulator, Kostenregel, Regeling } from '../domain';
import { leesDeelnemers } from './deelnemers-lezer';

const BATCH = 10_000;

interface KostenregelRij {
  id: string;
  regeling_code: string;
  inwoner_id: string | null;
  soort: Kostenregel['soort'];
  bedrag_centen: string;
  datum: string;
  bewijsstuk: string | null;
}

/**
 * Compiles a claim: streams the scheme's cost lines of the claim's own organisation dated inside the claim period
 * through the accumulator (the domain's one implementation of the rules), writes each line's inclusion or
 * exclusion, and stores the totals.
 * One transaction, so a crash leaves the claim `in-bewerking` and the job simply runs again. Progress is written
 * outside that transaction, so the API shows it while the work goes on.
 */
@Injectable()
export class DeclaratieSamensteller {
  constructor(private readonly dataSource: DataSource) {}

  async compileer(declaratieId: string): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    // The INSERT in flight while the next batch is judged (see below).
    let schrijven: Promise<unknown> | undefined;
    try {
      await runner.startTransaction();
      const q = (sql: string, params?: unknown[]) => runner.query(sql, params);
      // One compilation per claim at a time. An advisory lock rather than a row lock: progress is written to the
      // claim's row from outside this transaction while it runs.
      const [{ vrij }] = await q('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS vrij', [declaratieId]);
      const [d] = await q(
        `SELECT regeling_code, to_char(periode_van, 'YYYY-MM-DD') AS van, to_char(periode_tot, 'YYYY-MM-DD') AS tot, status, organisatie FROM declaraties WHERE id = $1`,
        [declaratieId],
      );
      if (!vrij || !d || d.status !== 'in-bewerking') {
        await runner.rollbackTransaction();
        return;
      }
      const regeling = await this.regeling(q, d.regeling_code);
      const kandidaten = `FROM kostenregels WHERE regeling_code = $1 AND organisatie = $4 AND datum BETWEEN $2 AND $3`;
      const args = [d.regeling_code, d.van, d.tot, d.organisatie];
      const deelnemers = await leesDeelnemers(
        q,
        `SELECT DISTINCT inwoner_id ${kandidaten} AND inwoner_id IS NOT NULL`,
        args,
      );
      const ingediendeRegels = new Set<string>(
        (
          await q(
            `SELECT kostenregel_id FROM ingediende_kostenregels WHERE kostenregel_id IN (SELECT id ${kandidaten})`,
            args,
          )
        ).map((r: { kostenregel_id: string }) => r.kostenregel_id),
      );
      const ingediendeBewijsstukken = new Map<string, Set<string>>();
      for (const r of await q(
        `SELECT bewijsstuk, regeling_code FROM ingediende_kostenregels WHERE bewijsstuk IN (SELECT bewijsstuk ${kandidaten} AND bewijsstuk IS NOT NULL)`,
        args,
      )) {
        ingediendeBewijsstukken.set(
          r.bewijsstuk,
          (ingediendeBewijsstukken.get(r.bewijsstuk) ?? new Set()).add(r.regeling_code),
        );
      }
      const [{ totaal }] = await q(`SELECT count(*)::int AS totaal ${kandidaten}`, args);
      // ESF+ results as known today, or at the period's end when that has passed (a later compilation of a past
      // period gives the same answer unless late events arrived).
      const vandaag = new Date().toISOString().slice(0, 10);
      const peildatum = d.tot < vandaag ? d.tot : vandaag;
      const acc = new DeclaratieAccumulator(
        regeling,
        deelnemers,
        { ingediendeRegels, ingediendeBewijsstukken },
        undefined,
        peildatum,
      );
      await q('DELETE FROM declaratie_regels WHERE declaratie_id = $1', [declaratieId]);
      // In id order, so the lines go into declaratie_regels in its primary key's order (appending to the index
      // instead of splitting pages all over it) and the foreign-key checks walk kostenregels' key in order: 3× faster
      // for a million lines. The order is not visible: totals and indicators do not depend on it, and readers sort.
      await q(
        `DECLARE kandidaten NO SCROLL CURSOR FOR SELECT id, regeling_code, inwoner_id, soort, bedrag_centen::text, to_char(datum, 'YYYY-MM-DD') AS datum, bewijsstuk ${kandidaten} ORDER BY id`,
        args,
      );
      let verwerkt = 0;
      // Overlapped: a batch's INSERT runs while the next batch is judged, so the rules (JavaScript) and the writes
      // (PostgreSQL) no longer take turns. One statement at a time on the connection, all in this transaction; a
      // failed INSERT surfaces at its await (the no-op catch only keeps it from counting as unhandled meanwhile).
      let rijen: KostenregelRij[] = await q(`FETCH ${BATCH} FROM kandidaten`);
      while (rijen.length > 0) {
        const ids: string[] = [];
        const opgenomen: boolean[] = [];
        const redenen: (string | null)[] = [];
        for (const r of rijen) {
          const uitkomst = acc.voegToe({
            id: r.id,
            regelingCode: r.regeling_code,
            inwonerId: r.inwoner_id ?? undefined,
            soort: r.soort,
            bedragCenten: Number(r.bedrag_centen),
            datum: r.datum,
            bewijsstuk: r.bewijsstuk ?? undefined,
          });
          ids.push(r.id);
          opgenomen.push(uitkomst.opgenomen);
          redenen.push(uitkomst.opgenomen ? null : uitkomst.reden);
        }
        if (schrijven) {
          await schrijven;
          // Progress counts the lines written.
          await this.dataSource.query('UPDATE declaraties SET voortgang = $2 WHERE id = $1', [
            declaratieId,
            Math.min(99, Math.floor((verwerkt * 100) / Math.max(1, totaal))),
          ]);
        }
        const volgende: KostenregelRij[] = await q(`FETCH ${BATCH} FROM kandidaten`);
        schrijven = q(
          'INSERT INTO declaratie_regels (declaratie_id, kostenregel_id, opgenomen, reden) SELECT $1, * FROM unnest($2::uuid[], $3::boolean[], $4::text[])',
          [declaratieId, ids, opgenomen, redenen],
        );
        schrijven.catch(() => undefined);
        verwerkt += rijen.length;
        rijen = volgende;
      }
      await schrijven;
      await q('CLOSE kandidaten');
      const { opgenomen: _ids, uitgesloten: _uit, ...samenvatting } = acc.resultaat();
      await q(`UPDATE declaraties SET status = 'concept', voortgang = 100, resultaat = $2 WHERE id = $1`, [
        declaratieId,
        JSON.stringify(samenvatting),
      ]);
      await q(
        `INSERT INTO declaratie_audit (declaratie_id, actie, door, details) VALUES ($1, 'samengesteld', 'systeem', $2)`,
        [declaratieId, JSON.stringify({ kandidaten: totaal })],
      );
      await runner.commitTransaction();
    } catch (err) {
      await schrijven?.catch(() => undefined);
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw err;
    } finally {
      await runner.release();
    }
  }

  private async regeling(q: (sql: string, p?: unknown[]) => Promise<any>, code: string): Promise<Regeling> {
    const [r] = await q(
      `SELECT code, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum, gemeentecodes,
              cofinancieringspercentage::float AS cof, flat_rate_percentage::float AS flat FROM regelingen WHERE code = $1`,
      [code],
    );
    return {
      code: r.code,
      startdatum: r.startdatum,
      einddatum: r.einddatum,
      gemeentecodes: r.gemeentecodes,
      cofinancieringspercentage: r.cof,
      ...(r.flat !== null ? { flatRatePercentage: r.flat } : {}),
    };
  }
}
