import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Rapport } from '../../domain/rapport';
import type { Formaat } from '../../database/rapportage-opslag';

const KOLOMMEN = `r.id, r.periode, r.gemeentecode, r.versie, r.reden, r.definitie_versie AS "definitieVersie", r.gepubliceerd_door AS "gepubliceerdDoor",
  r.gepubliceerd_op AS "gepubliceerdOp", (SELECT json_object_agg(b.formaat, b.sha256) FROM rapportage_bestanden b WHERE b.rapportage_id = r.id) AS sha256`;

/** Published reports read back exactly as they were stored. */
@Injectable()
export class RapportagesQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async lijst(filter: { periode?: string; gemeentecode?: string }) {
    const items = await this.db.query(
      `SELECT ${KOLOMMEN} FROM rapportages r WHERE ($1::text IS NULL OR r.periode = $1) AND ($2::text IS NULL OR r.gemeentecode = $2)
        ORDER BY r.gepubliceerd_op DESC, r.versie DESC`,
      [filter.periode ?? null, filter.gemeentecode ?? null],
    );
    return { items };
  }

  /** One report with its figures parsed from the stored text: the same figures, whatever the monitor says now. */
  async een(id: string) {
    const [r] = await this.db.query(`SELECT ${KOLOMMEN}, r.cijfers FROM rapportages r WHERE r.id = $1`, [id]);
    if (!r) throw new NotFoundException(`No rapportage ${id}.`);
    const { cijfers, ...rest } = r;
    return { ...rest, rapport: JSON.parse(cijfers) as Rapport };
  }

  async bestand(
    id: string,
    formaat: Formaat,
  ): Promise<{ inhoud: Buffer; periode: string; gemeentecode: string | null; versie: number }> {
    const [b] = await this.db.query(
      `SELECT b.inhoud, r.periode, r.gemeentecode, r.versie FROM rapportage_bestanden b JOIN rapportages r ON r.id = b.rapportage_id WHERE b.rapportage_id = $1 AND b.formaat = $2`,
      [id, formaat],
    );
    if (!b) throw new NotFoundException(`No rapportage ${id}.`);
    return b;
  }
}
