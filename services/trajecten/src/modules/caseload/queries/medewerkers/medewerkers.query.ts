import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Medewerker } from '../../domain/medewerker';

/** Medewerkers by organisation, team and name; at most 1,000 (an organisation's staff, not a register to page). */
@Injectable()
export class MedewerkersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `gevraagd`: the organisation asked for; `toegestaan`: the only one the caller may see (null: all). */
  async lijst(gevraagd: string | null, toegestaan: string | null): Promise<{ items: Medewerker[] }> {
    const items: Medewerker[] = await this.dataSource.query(
      `SELECT subject, naam, organisatie, team, actief FROM medewerkers
        WHERE ($1::text IS NULL OR organisatie = $1) AND ($2::text IS NULL OR organisatie = $2)
        ORDER BY organisatie, team NULLS LAST, naam, subject LIMIT 1000`,
      [gevraagd, toegestaan],
    );
    return { items };
  }
}
