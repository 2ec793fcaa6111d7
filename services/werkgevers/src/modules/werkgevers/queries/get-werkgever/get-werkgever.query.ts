import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertReach, Principal } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { werkgeverView } from '../werkgever-view';
import { VACATURE_KOLOMMEN } from '../vacature-kolommen';

/** One employer with its contact persons (by name) and vacancies (oldest first), within the caller's reach. */
@Injectable()
export class GetWerkgever {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: string, wie: Principal) {
    const [w] = await this.db.query(
      'SELECT id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner, organisatie FROM werkgevers WHERE id = $1',
      [id],
    );
    assertReach(wie, SCOPING.werkgever, 'read', w && [w.organisatie], `Werkgever ${id}`);
    const contactpersonen = await this.db.query(
      'SELECT id, naam, functie, email, telefoon FROM contactpersonen WHERE werkgever_id = $1 ORDER BY naam',
      [id],
    );
    const vacatures = await this.db.query(
      `SELECT ${VACATURE_KOLOMMEN} FROM vacatures v WHERE v.werkgever_id = $1 ORDER BY v.created_at`,
      [id],
    );
    return { ...werkgeverView(w), contactpersonen, vacatures };
  }
}
