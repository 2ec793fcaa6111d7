import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { REGIO_TIJDZONE } from '@wiz/contracts';

type Sql = Pick<EntityManager, 'query'>;

const FEITEN = [
  'deelnemer_trajecten',
  'deelnemer_afsluitingen',
  'deelnemer_plaatsingen',
  'deelnemer_urenwijzigingen',
  'deelnemer_duurzaamheidschecks',
  'deelnemer_kwalificaties',
];

/** Cost lines of these inwoners that a submitted claim holds (included or not: its indicator counts read them). */
const IN_INGEDIEND = `k.inwoner_id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM declaratie_regels r JOIN declaraties d ON d.id = r.declaratie_id
  WHERE r.kostenregel_id = k.id AND d.status = 'ingediend')`;

/**
 * What subsidies holds about one inwoner (the participant register and its facts, the cost lines naming them), for
 * the inwoner's rights and retention: the one place that moves, pseudonymises or destroys it. Submitted claims keep
 * their totals and indicator counts: those are stored with the claim, and the register behind them is kept (under a
 * pseudonym) for as long as the audit duty lasts.
 */
@Injectable()
export class DeelnemergegevensRepository {
  /**
   * The day the audit duty for this inwoner's submitted claims ends: 31 December of the year of the last submission
   * plus `termijn` (an ISO-8601 interval, art. 82 CPR: five years); null when no submitted claim names them.
   */
  async wettelijkBewarenTot(m: Sql, inwonerId: string, termijn: string): Promise<string | null> {
    const [r] = await m.query(
      `SELECT to_char(make_date(extract(year FROM max(d.ingediend_op) AT TIME ZONE '${REGIO_TIJDZONE}')::int, 12, 31) + $2::interval, 'YYYY-MM-DD') AS tot
         FROM kostenregels k JOIN declaratie_regels r ON r.kostenregel_id = k.id JOIN declaraties d ON d.id = r.declaratie_id
        WHERE k.inwoner_id = $1 AND d.status = 'ingediend'`,
      [inwonerId, termijn],
    );
    return r?.tot ?? null;
  }

  /** Retention: up to `aantal` pseudonymised participants whose audit duty ended on or before `vandaag`. */
  async bewaardVerlopen(m: Sql, vandaag: string, aantal: number): Promise<string[]> {
    const rijen: { inwoner_id: string }[] = await m.query(
      'SELECT inwoner_id FROM deelnemers WHERE bewaren_tot <= $1::date ORDER BY inwoner_id LIMIT $2 FOR UPDATE SKIP LOCKED',
      [vandaag, aantal],
    );
    return rijen.map((r) => r.inwoner_id);
  }

  /**
   * Retention: up to `aantal` participants (of `binnen`, when given) all of whose trajecten closed, the last on or
   * before `grens`, and whom no submitted claim still needs: its audit duty (31 December of the submission's year
   * plus `auditTermijn`) ended on or before `vandaag`.
   */
  async verlopen(
    m: Sql,
    p: { grens: string; vandaag: string; auditTermijn: string; aantal: number; binnen?: string[] },
  ): Promise<string[]> {
    const rijen: { inwoner_id: string }[] = await m.query(
      `SELECT d.inwoner_id FROM deelnemers d
        WHERE d.bewaren_tot IS NULL AND ($3::uuid[] IS NULL OR d.inwoner_id = ANY($3::uuid[]))
          AND (SELECT max(a.datum) FROM deelnemer_afsluitingen a WHERE a.inwoner_id = d.inwoner_id) <= $1::date
          AND NOT EXISTS (SELECT 1 FROM deelnemer_trajecten t WHERE t.inwoner_id = d.inwoner_id
                            AND NOT EXISTS (SELECT 1 FROM deelnemer_afsluitingen a WHERE a.traject_id = t.traject_id))
          AND NOT EXISTS (SELECT 1 FROM kostenregels k JOIN declaratie_regels r ON r.kostenregel_id = k.id JOIN declaraties c ON c.id = r.declaratie_id
                           WHERE k.inwoner_id = d.inwoner_id AND c.status = 'ingediend'
                             AND make_date(extract(year FROM c.ingediend_op AT TIME ZONE '${REGIO_TIJDZONE}')::int, 12, 31) + $4::interval > $5::date)
        ORDER BY d.inwoner_id LIMIT $2`,
      [p.grens, p.aantal, p.binnen ?? null, p.auditTermijn, p.vandaag],
    );
    return rijen.map((r) => r.inwoner_id);
  }

  /**
   * Erasure under an audit duty: register, facts and the claimed lines move to a fresh random pseudonym (nothing
   * links it to the inwoner) held until `tot`; the lines not claimed lose the person and their free text.
   */
  async pseudonimiseer(m: Sql, inwonerId: string, tot: string): Promise<void> {
    const pseudoniem = randomUUID();
    await m.query(`UPDATE kostenregels k SET inwoner_id = $2 WHERE ${IN_INGEDIEND}`, [[inwonerId], pseudoniem]);
    await this.ontkoppelLijnen(m, [inwonerId]);
    await m.query('UPDATE deelnemers SET inwoner_id = $2, bewaren_tot = $3 WHERE inwoner_id = $1', [
      inwonerId,
      pseudoniem,
      tot,
    ]);
    for (const tabel of FEITEN)
      await m.query(`UPDATE ${tabel} SET inwoner_id = $2 WHERE inwoner_id = $1`, [inwonerId, pseudoniem]);
  }

  /** Destruction: register and facts deleted, every cost line naming them keeps the cost but not the person. */
  async vernietig(m: Sql, inwonerIds: readonly string[]): Promise<void> {
    await this.ontkoppelLijnen(m, inwonerIds);
    for (const tabel of ['deelnemers', ...FEITEN])
      await m.query(`DELETE FROM ${tabel} WHERE inwoner_id = ANY($1::uuid[])`, [inwonerIds]);
  }

  /** The free text may name the person; the cost itself (amount, date, kind, bewijsstuk) is the organisation's. */
  private async ontkoppelLijnen(m: Sql, inwonerIds: readonly string[]): Promise<void> {
    await m.query(
      `UPDATE kostenregels SET inwoner_id = NULL, omschrijving = '[gewist]' WHERE inwoner_id = ANY($1::uuid[])`,
      [inwonerIds],
    );
  }

  /**
   * A merge: the person is counted once. Of two register entries the earliest entry wins (one labour status per
   * participant, at entry, as ESF+ asks); facts and cost lines all move to `naar`.
   */
  async verplaats(m: Sql, van: string, naar: string): Promise<void> {
    const [vroegste] = await m.query(
      `SELECT inwoner_id FROM deelnemers WHERE inwoner_id = ANY($1::uuid[]) ORDER BY intrede_op, inwoner_id = $2 DESC LIMIT 1`,
      [[van, naar], naar],
    );
    if (vroegste?.inwoner_id === van) {
      await m.query('DELETE FROM deelnemers WHERE inwoner_id = $1', [naar]);
      await m.query('UPDATE deelnemers SET inwoner_id = $2 WHERE inwoner_id = $1', [van, naar]);
    } else await m.query('DELETE FROM deelnemers WHERE inwoner_id = $1', [van]);
    // Cost lines come from requests and imports, which take no lock per inwoner (huidigeInwoner; an import names
    // thousands): a line stored under `van` and not committed yet would be passed by the UPDATE below and stay there.
    // This lock waits for such writers to commit and holds new ones off until the merge has committed; those then
    // read its alias and store the line under `naar` (KostenregelRepository.voegIn). A merge is rare and short.
    await m.query('LOCK TABLE kostenregels IN SHARE ROW EXCLUSIVE MODE');
    for (const tabel of ['kostenregels', ...FEITEN])
      await m.query(`UPDATE ${tabel} SET inwoner_id = $2 WHERE inwoner_id = $1`, [van, naar]);
  }
}
