import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { limietEnBegin, pagina, type Paginering, type Stap } from '@wiz/contracts';
import { TRAJECT_KOLOMMEN, trajectView } from '../traject.view';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../../config/trajecten-config';
import { ZICHTBAAR } from '../../../privacy/zichtbaar';

export interface WerklijstFilter extends Paginering {
  inwonerId?: string;
  stap?: Stap;
  status?: 'actief' | 'afgesloten';
  /** No change for STILSTAND_NA while open. */
  stilgevallen?: boolean;
  /** Trajecten of every organisation (beheer), or only of `organisatie`. */
  alles: boolean;
  organisatie: string;
}

/**
 * The consulent's worklist, longest-quiet first, paged. Each item counts its open follow-ups, so the worklist shows
 * where something waits (one indexed count per row of the page).
 */
@Injectable()
export class WerklijstQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
  ) {}

  async pagina(f: WerklijstFilter) {
    const where = `($1::uuid IS NULL OR t.inwoner_id = $1) AND ($2::text IS NULL OR t.huidige_stap = $2) AND ($3::text IS NULL OR t.status = $3)
      AND ($4::boolean IS NULL OR ((t.status = 'actief' AND t.laatste_wijziging_op <= now() - $5::interval) = $4))
      AND ($6 OR t.organisatie = $7) AND ${ZICHTBAAR}`;
    const params = [
      f.inwonerId ?? null,
      f.stap ?? null,
      f.status ?? null,
      f.stilgevallen ?? null,
      this.config.stilstandNa,
      f.alles,
      f.organisatie,
    ];
    const [{ totaal }] = await this.dataSource.query(
      `SELECT count(*)::int AS totaal FROM trajecten t WHERE ${where}`,
      params,
    );
    const rows: (Parameters<typeof trajectView>[0] & { open_opvolgingen: number })[] = await this.dataSource.query(
      `SELECT ${TRAJECT_KOLOMMEN},
              (SELECT count(*)::int FROM opvolgingen o WHERE o.traject_id = t.id AND o.status = 'open') AS open_opvolgingen
         FROM trajecten t WHERE ${where} ORDER BY t.laatste_wijziging_op, t.id LIMIT $8 OFFSET $9`,
      [...params, ...limietEnBegin(f)],
    );
    const items = rows.map((t) => ({
      ...trajectView(t),
      openOpvolgingen: t.open_opvolgingen,
    }));
    return pagina(items, f, totaal);
  }
}
