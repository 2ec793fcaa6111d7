import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import { ARRANGEMENT_KOLOMMEN, type ArrangementRij, arrangementView } from '../arrangement-view';

/** Every arrangement of the region (they are read by every employer team) with its occupancy, paged. */
@Injectable()
export class ArrangementenLijst {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async pagina(p: Paginering) {
    const [{ totaal }] = await this.db.query('SELECT count(*)::int AS totaal FROM arrangementen');
    const rijen: ArrangementRij[] = await this.db.query(
      `SELECT ${ARRANGEMENT_KOLOMMEN} FROM arrangementen a ORDER BY a.startdatum DESC, a.naam, a.id LIMIT $1 OFFSET $2`,
      limietEnBegin(p),
    );
    return pagina(rijen.map(arrangementView), p, totaal);
  }
}
