import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { werkgeverView } from '../werkgever-view';

/** `zoek` as a LIKE pattern that matches the text literally (a % or _ typed by the user is no wildcard). */
const bevat = (zoek: string) => `%${zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Employers by name or KvK number, of one organisation or (null) of all, by name, at most 1000. */
@Injectable()
export class ZoekWerkgevers {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async zoek(zoek: string | undefined, organisatie: string | null) {
    const rows = await this.db.query(
      `SELECT id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner FROM werkgevers
        WHERE ($1::text IS NULL OR naam ILIKE $1 OR kvk_nummer LIKE $1) AND ($2::text IS NULL OR organisatie = $2) ORDER BY naam LIMIT 1000`,
      [zoek ? bevat(zoek) : null, organisatie],
    );
    return rows.map(werkgeverView);
  }
}
