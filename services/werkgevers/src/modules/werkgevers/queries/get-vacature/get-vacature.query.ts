import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertReach, Principal } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { VACATURE_KOLOMMEN } from '../vacature-kolommen';

/** One vacancy with its employer's name: what a candidates screen and a placement need to know about it. */
@Injectable()
export class GetVacature {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: string, wie: Principal) {
    const [v] = await this.db.query(
      `SELECT ${VACATURE_KOLOMMEN}, v.werkgever_id AS "werkgeverId", w.naam AS "werkgeverNaam", w.organisatie
         FROM vacatures v JOIN werkgevers w ON w.id = v.werkgever_id WHERE v.id = $1`,
      [id],
    );
    // A vacancy is part of its employer's record: the employer's reach rules it.
    assertReach(wie, SCOPING.werkgever, 'read', v && [v.organisatie], `Vacature ${id}`);
    const { organisatie: _eigenaar, ...vacature } = v;
    return vacature;
  }
}
