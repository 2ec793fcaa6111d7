import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Regeling } from '../../declaraties/domain';
import type { RegelingInvoer, RegelingView } from '../domain/regeling-invoer';
import type { ToegestaneKostensoorten } from '../regelingen.port';
import type { RegelingRepositoryPort } from './regeling.repository.port';

const VELDEN = `code, naam, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum, gemeentecodes,
  cofinancieringspercentage::float AS cofinancieringspercentage, flat_rate_percentage::float AS flat_rate_percentage, kostensoorten`;

interface Rij extends Omit<RegelingView, 'flatRatePercentage'> {
  flat_rate_percentage: number | null;
}

/** The regelingen table: its one reader and writer. */
@Injectable()
export class RegelingRepository implements RegelingRepositoryPort {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async voegToe(r: RegelingInvoer): Promise<boolean> {
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO regelingen (code, naam, startdatum, einddatum, gemeentecodes, cofinancieringspercentage, flat_rate_percentage, kostensoorten)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        r.code,
        r.naam,
        r.startdatum,
        r.einddatum,
        [...new Set(r.gemeentecodes)],
        r.cofinancieringspercentage,
        r.flatRatePercentage ?? null,
        r.kostensoorten,
      ],
    );
    return inserted.length > 0;
  }

  async lees(code: string): Promise<RegelingView | undefined> {
    const [r]: Rij[] = await this.db.query(`SELECT ${VELDEN} FROM regelingen WHERE code = $1`, [code]);
    return r && regelingView(r);
  }

  async alle(): Promise<RegelingView[]> {
    const rijen: Rij[] = await this.db.query(`SELECT ${VELDEN} FROM regelingen ORDER BY code`);
    return rijen.map(regelingView);
  }

  async voorDeclaratie(code: string): Promise<Regeling | undefined> {
    const r = await this.lees(code);
    if (!r) return undefined;
    const { code: c, startdatum, einddatum, gemeentecodes, cofinancieringspercentage, flatRatePercentage } = r;
    return {
      code: c,
      startdatum,
      einddatum,
      gemeentecodes,
      cofinancieringspercentage,
      ...(flatRatePercentage !== undefined ? { flatRatePercentage } : {}),
    };
  }

  async naam(code: string): Promise<string | undefined> {
    const [r]: { naam: string }[] = await this.db.query('SELECT naam FROM regelingen WHERE code = $1', [code]);
    return r?.naam;
  }

  async kostensoorten(codes?: readonly string[]): Promise<ToegestaneKostensoorten> {
    const rijen: { code: string; kostensoorten: string[] }[] = codes
      ? await this.db.query('SELECT code, kostensoorten FROM regelingen WHERE code = ANY($1)', [codes])
      : await this.db.query('SELECT code, kostensoorten FROM regelingen');
    return new Map(rijen.map((r) => [r.code, new Set(r.kostensoorten)]));
  }
}

function regelingView(r: Rij): RegelingView {
  return {
    code: r.code,
    naam: r.naam,
    startdatum: r.startdatum,
    einddatum: r.einddatum,
    gemeentecodes: r.gemeentecodes,
    cofinancieringspercentage: r.cofinancieringspercentage,
    ...(r.flat_rate_percentage !== null ? { flatRatePercentage: r.flat_rate_percentage } : {}),
    kostensoorten: r.kostensoorten,
  };
}
