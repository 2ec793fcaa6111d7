import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OpvolgingSoort, OpvolgingStatus } from '../../domain/opvolging';
import { OPVOLGING_KOLOMMEN, opvolgingView } from '../opvolging.view';
import { ZICHTBAAR } from '../../../privacy/zichtbaar';

export interface OpvolgingenFilter {
  soort?: OpvolgingSoort;
  status?: OpvolgingStatus;
  trajectId?: string;
  /** Follow-ups of every organisation's trajecten (beheer), or only of `organisatie`'s. */
  alles: boolean;
  organisatie: string;
}

/** Follow-ups as the API shows them, scoped by the organisation of their traject. */
@Injectable()
export class OpvolgingenQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Earliest due first, at most 500. */
  async lijst(f: OpvolgingenFilter) {
    const rows = await this.dataSource.query(
      `SELECT ${OPVOLGING_KOLOMMEN}
         FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id
        WHERE ($1::text IS NULL OR o.soort = $1) AND ($2::text IS NULL OR o.status = $2) AND ($3::uuid IS NULL OR o.traject_id = $3)
          AND ($4 OR t.organisatie = $5) AND ${ZICHTBAAR}
        ORDER BY o.vervaldatum LIMIT 500`,
      [f.soort ?? null, f.status ?? null, f.trajectId ?? null, f.alles, f.organisatie],
    );
    return { items: rows.map(opvolgingView) };
  }

  /** One follow-up with the organisation of its traject, which decides who may see it. */
  async een(id: string) {
    const [r] = await this.dataSource.query(
      `SELECT ${OPVOLGING_KOLOMMEN}, t.organisatie FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = $1`,
      [id],
    );
    return r ? { organisatie: r.organisatie as string, opvolging: opvolgingView(r) } : undefined;
  }
}
