import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { limietEnBegin, type Paginering } from '@wiz/contracts';
import { currentContext, type Principal } from '@wiz/platform';
import type { DeclaratieAanvraag, DeclaratieResultaat, TeIndienenDeclaratie, Uitsluitingsreden } from '../domain';
import type { Kandidaten, Sql } from '../../kostenregels/kostenregels.port';
import type {
  AuditRegel,
  DeclaratieAantallen,
  DeclaratieZonderRegels,
  DeclaratieKop,
  DeclaratieRepositoryPort,
  DeclaratieSamenvattingRij,
  DeclaratieView,
} from './declaratie.repository.port';

const PERIODE = `to_char(periode_van, 'YYYY-MM-DD') AS periode_van, to_char(periode_tot, 'YYYY-MM-DD') AS periode_tot`;

/** A claim's lines per outcome ('opgenomen' or the reason), counted in its stored verdicts without reading them. */
const AANTALLEN = `(SELECT json_object_agg(uitkomst, cardinality(kostenregel_ids)) FROM declaratie_oordelen WHERE declaratie_id = d.id)`;

/** The claim without its lines: scheme, period and progress, then totals, line counts and indicators once compiled. */
async function leesZonderRegels(db: Pick<Sql, 'query'>, id: string): Promise<DeclaratieZonderRegels | undefined> {
  const [d] = await db.query(
    `SELECT id, regeling_code, ${PERIODE}, status, voortgang, resultaat, ingediend_op, ${AANTALLEN} AS aantallen
       FROM declaraties d WHERE id = $1`,
    [id],
  );
  if (!d) return undefined;
  const basis = {
    id: d.id,
    status: d.status,
    regelingCode: d.regeling_code,
    periodeVan: d.periode_van,
    periodeTot: d.periode_tot,
    voortgang: d.voortgang,
  };
  if (d.status === 'in-bewerking') return basis;
  const r = d.resultaat;
  return {
    ...basis,
    subsidiabelCenten: r.subsidiabelCenten,
    bijdrageCenten: r.bijdrageCenten,
    directePersoneelskostenCenten: r.directePersoneelskostenCenten,
    flatRateCenten: r.flatRateCenten,
    aantallen: perUitkomst(d.aantallen ?? {}),
    indicatoren: r.indicatoren,
    ...(d.ingediend_op ? { ingediendOp: (d.ingediend_op as Date).toISOString() } : {}),
  };
}

function perUitkomst({ opgenomen = 0, ...uitgesloten }: Record<string, number>): DeclaratieAantallen {
  return { opgenomen, uitgesloten };
}

/** The one reader and writer of declaraties, declaratie_regels and declaratie_audit. */
@Injectable()
export class DeclaratieRepository implements DeclaratieRepositoryPort {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async maak(sql: Sql, id: string, a: DeclaratieAanvraag, wie: Principal): Promise<void> {
    await sql.query(
      `INSERT INTO declaraties (id, regeling_code, periode_van, periode_tot, status, aangemaakt_door, organisatie) VALUES ($1, $2, $3, $4, 'in-bewerking', $5, $6)`,
      [id, a.regelingCode, a.periodeVan, a.periodeTot, wie.subject, wie.organisatie],
    );
    await sql.query(
      `INSERT INTO declaratie_audit (declaratie_id, actie, door, details) VALUES ($1, 'aangemaakt', $2, $3)`,
      [id, wie.subject, JSON.stringify(a)],
    );
  }

  async eigenaar(id: string) {
    const [d] = await this.db.query('SELECT organisatie FROM declaraties WHERE id = $1', [id]);
    return d as { organisatie: string | null } | undefined;
  }

  /** Reads inside the request's transaction when there is one (an Idempotency-Key request), so it sees its own claim. */
  async lees(id: string): Promise<DeclaratieView | undefined> {
    const db = currentContext()?.entityManager ?? this.db;
    const zonder = await leesZonderRegels(db, id);
    if (!zonder || zonder.status === 'in-bewerking') return zonder;
    const regels: { kostenregel_id: string; opgenomen: boolean; reden: Uitsluitingsreden }[] = await db.query(
      'SELECT kostenregel_id, opgenomen, reden FROM declaratie_regels WHERE declaratie_id = $1 ORDER BY kostenregel_id',
      [id],
    );
    return {
      ...zonder,
      opgenomen: regels.filter((x) => x.opgenomen).map((x) => x.kostenregel_id),
      uitgesloten: regels.filter((x) => !x.opgenomen).map((x) => ({ kostenregelId: x.kostenregel_id, reden: x.reden })),
    };
  }

  zonderRegels(id: string): Promise<DeclaratieZonderRegels | undefined> {
    return leesZonderRegels(this.db, id);
  }

  async status(id: string): Promise<string | undefined> {
    const [d] = await this.db.query('SELECT status FROM declaraties WHERE id = $1', [id]);
    return d?.status;
  }

  async audit(id: string): Promise<AuditRegel[]> {
    const rows: { actie: string; door: string; op: Date; details: unknown }[] = await this.db.query(
      'SELECT actie, door, op, details FROM declaratie_audit WHERE declaratie_id = $1 ORDER BY id',
      [id],
    );
    return rows.map((r) => ({ actie: r.actie, door: r.door, op: r.op.toISOString(), details: r.details }));
  }

  async lijst(filter: { regelingCode?: string; status?: string; organisatie: string | null }, p: Paginering) {
    const where =
      '($1::text IS NULL OR regeling_code = $1) AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR organisatie = $3)';
    const params = [filter.regelingCode ?? null, filter.status ?? null, filter.organisatie];
    const [{ totaal }] = await this.db.query(`SELECT count(*)::int AS totaal FROM declaraties WHERE ${where}`, params);
    const rijen: DeclaratieSamenvattingRij[] = await this.db.query(
      `SELECT id, regeling_code, ${PERIODE}, status, voortgang,
              resultaat->'subsidiabelCenten' AS subsidiabel, resultaat->'bijdrageCenten' AS bijdrage, created_at, ingediend_op
         FROM declaraties WHERE ${where} ORDER BY created_at DESC, id LIMIT $4 OFFSET $5`,
      [...params, ...limietEnBegin(p)],
    );
    return { rijen, totaal: totaal as number };
  }

  async kop(id: string): Promise<DeclaratieKop | undefined> {
    const [d] = await this.db.query(
      `SELECT d.id, d.status, d.regeling_code, ${PERIODE}, d.resultaat, d.ingediend_op,
              ${AANTALLEN} AS aantallen
         FROM declaraties d WHERE d.id = $1`,
      [id],
    );
    return d;
  }

  async inBewerking(): Promise<string[]> {
    const rijen: { id: string }[] = await this.db.query(`SELECT id FROM declaraties WHERE status = 'in-bewerking'`);
    return rijen.map((d) => d.id);
  }

  async voorIndiening(sql: Sql, id: string) {
    const [d] = await sql.query(
      `SELECT status, regeling_code, ${PERIODE}, resultaat, organisatie FROM declaraties WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!d) return undefined;
    return {
      id,
      status: d.status as TeIndienenDeclaratie['status'],
      regelingCode: d.regeling_code as string,
      periodeVan: d.periode_van as string,
      periodeTot: d.periode_tot as string,
      resultaat: d.resultaat as TeIndienenDeclaratie['resultaat'],
      organisatie: d.organisatie as string | null,
    };
  }

  async aantalOpgenomen(sql: Sql, id: string): Promise<number> {
    const [{ n }] = await sql.query(
      'SELECT count(*)::int AS n FROM declaratie_regels WHERE declaratie_id = $1 AND opgenomen',
      [id],
    );
    return n as number;
  }

  async markeerIngediend(sql: Sql, id: string, op: Date, door: string): Promise<void> {
    await sql.query(`UPDATE declaraties SET status = 'ingediend', ingediend_op = $2 WHERE id = $1`, [id, op]);
    await sql.query(`INSERT INTO declaratie_audit (declaratie_id, actie, door) VALUES ($1, 'ingediend', $2)`, [
      id,
      door,
    ]);
  }

  async voorSamenstelling(sql: Sql, id: string): Promise<Kandidaten | undefined> {
    // One compilation per claim at a time. An advisory lock rather than a row lock: progress is written to the
    // claim's row from outside this transaction while it runs.
    const [{ vrij }] = await sql.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS vrij', [id]);
    const [d] = await sql.query(
      `SELECT regeling_code, ${PERIODE}, status, organisatie FROM declaraties WHERE id = $1`,
      [id],
    );
    if (!vrij || !d || d.status !== 'in-bewerking') return undefined;
    return {
      regelingCode: d.regeling_code,
      periodeVan: d.periode_van,
      periodeTot: d.periode_tot,
      organisatie: d.organisatie,
    };
  }

  async wisRegels(sql: Sql, id: string): Promise<void> {
    await sql.query('DELETE FROM declaratie_oordelen WHERE declaratie_id = $1', [id]);
  }

  async rondSamenstellingAf(
    sql: Sql,
    id: string,
    samenvatting: Omit<DeclaratieResultaat, 'opgenomen' | 'uitgesloten'>,
    kandidaten: number,
    beperkteDeelnemers = 0,
  ): Promise<void> {
    await sql.query(`UPDATE declaraties SET status = 'concept', voortgang = 100, resultaat = $2 WHERE id = $1`, [
      id,
      JSON.stringify(samenvatting),
    ]);
    await sql.query(
      `INSERT INTO declaratie_audit (declaratie_id, actie, door, details) VALUES ($1, 'samengesteld', 'systeem', $2)`,
      [id, JSON.stringify(beperkteDeelnemers ? { kandidaten, beperkteDeelnemers } : { kandidaten })],
    );
  }
}
