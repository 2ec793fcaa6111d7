import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  magOverdrachtZien,
  magToelichtingLezen,
  type OverdrachtStatus,
  type ZietOrganisatie,
} from '../../domain/overdracht';

const KOLOMMEN = `id, traject_id, van_organisatie, naar_organisatie, naar_stap, toelichting, status, voorgesteld_door,
  voorgesteld_op, besloten_door, besloten_op, reden`;

/** Handovers as both sides see them: the receiver's list to answer, and a traject's history. */
@Injectable()
export class OverdrachtenQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Handovers to `naar` (null: to every organisation), oldest first, at most 500. */
  async aan(naar: string | null, status: OverdrachtStatus | undefined, lezer: ZietOrganisatie) {
    const rows = await this.dataSource.query(
      `SELECT ${KOLOMMEN} FROM overdrachten WHERE ($1::text IS NULL OR naar_organisatie = $1)
          AND ($2::text IS NULL OR status = $2) ORDER BY voorgesteld_op, id LIMIT 500`,
      [naar, status ?? null],
    );
    return { items: rows.map((r: Record<string, any>) => overdrachtView(r, lezer)) };
  }

  /**
   * A traject's handovers, oldest first, with every organisation that held it or was asked to: its holder reads them
   * all, another side of a handover the ones it was part of, also after the traject left it (magOverdrachtZien).
   * Undefined for a traject that does not exist.
   */
  async vanTraject(trajectId: string, lezer: ZietOrganisatie) {
    const [t] = await this.dataSource.query('SELECT organisatie FROM trajecten WHERE id = $1', [trajectId]);
    if (!t) return undefined;
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT ${KOLOMMEN} FROM overdrachten WHERE traject_id = $1 ORDER BY voorgesteld_op, id`,
      [trajectId],
    );
    const betrokkenen: string[] = [t.organisatie, ...rows.flatMap((r) => [r.van_organisatie, r.naar_organisatie])];
    const zichtbaar = rows.filter((r) =>
      magOverdrachtZien(
        { vanOrganisatie: r.van_organisatie, naarOrganisatie: r.naar_organisatie },
        t.organisatie,
        lezer,
      ),
    );
    return { betrokkenen, overdrachten: { items: zichtbaar.map((r) => overdrachtView(r, lezer)) } };
  }
}

function overdrachtView(r: Record<string, any>, lezer: ZietOrganisatie) {
  const kanten = { vanOrganisatie: r.van_organisatie, naarOrganisatie: r.naar_organisatie, status: r.status };
  return {
    id: r.id,
    trajectId: r.traject_id,
    vanOrganisatie: r.van_organisatie,
    naarOrganisatie: r.naar_organisatie,
    naarStap: r.naar_stap,
    toelichting: magToelichtingLezen(kanten, lezer) ? r.toelichting : null,
    status: r.status,
    voorgesteldDoor: r.voorgesteld_door,
    voorgesteldOp: r.voorgesteld_op.toISOString(),
    ...(r.besloten_op
      ? { besluit: { door: r.besloten_door, op: r.besloten_op.toISOString(), reden: r.reden ?? null } }
      : {}),
  };
}
