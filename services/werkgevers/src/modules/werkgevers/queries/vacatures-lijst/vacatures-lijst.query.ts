import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import type { VacatureStatus } from '../../domain/vacature-status';
import { VACATURE_KOLOMMEN } from '../vacature-kolommen';
import type { VacatureInLijst } from './vacatures-lijst.response';

export interface VacaturesFilter extends Paginering {
  status?: VacatureStatus;
  werkgeverId?: string;
  /** Only vacancies of this organisation's employers; null: all (vacancies are the region's). */
  organisatie: string | null;
}

/** Vacancies with their employer's name, status and places filled, newest first, paged. */
@Injectable()
export class VacaturesLijst {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async pagina(f: VacaturesFilter) {
    const where = `($1::text IS NULL OR v.status = $1) AND ($2::uuid IS NULL OR v.werkgever_id = $2)
      AND ($3::text IS NULL OR w.organisatie = $3)`;
    const params = [f.status ?? null, f.werkgeverId ?? null, f.organisatie];
    const van = 'FROM vacatures v JOIN werkgevers w ON w.id = v.werkgever_id';
    const [{ totaal }] = await this.db.query(`SELECT count(*)::int AS totaal ${van} WHERE ${where}`, params);
    const items: VacatureInLijst[] = await this.db.query(
      `SELECT ${VACATURE_KOLOMMEN}, v.werkgever_id AS "werkgeverId", w.naam AS "werkgeverNaam" ${van}
        WHERE ${where} ORDER BY v.created_at DESC, v.id LIMIT $4 OFFSET $5`,
      [...params, ...limietEnBegin(f)],
    );
    return pagina(items, f, totaal);
  }
}
