import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { currentCorrelationId, Principal } from '@wiz/platform';
import type { Rapport } from '../domain/rapport';

export type Formaat = 'pdf' | 'xlsx';

export interface NieuweRapportage {
  id: string;
  versie: number;
  reden: string | null;
  rapport: Rapport;
  gepubliceerdOp: Date;
  bestanden: Record<Formaat, Buffer>;
}

const KOLOMMEN = `r.id, r.periode, r.gemeentecode, r.versie, r.reden, r.definitie_versie AS "definitieVersie", r.gepubliceerd_door AS "gepubliceerdDoor",
  r.gepubliceerd_op AS "gepubliceerdOp", (SELECT json_object_agg(b.formaat, b.sha256) FROM rapportage_bestanden b WHERE b.rapportage_id = r.id) AS sha256`;

/** Stores published reports once (the tables refuse any change) and reads them back exactly as stored. */
@Injectable()
export class RapportageOpslag {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The newest version of a periode and gemeente, under a transaction lock so two publications take turns. */
  async laatsteVersie(
    m: EntityManager,
    periode: string,
    gemeentecode: string | null,
  ): Promise<{ id: string; versie: number } | undefined> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rapportage:${periode}:${gemeentecode ?? 'regio'}`]);
    const [r] = await m.query(
      `SELECT id, versie FROM rapportages WHERE periode = $1 AND gemeentecode IS NOT DISTINCT FROM $2 ORDER BY versie DESC LIMIT 1`,
      [periode, gemeentecode],
    );
    return r;
  }

  async bewaar(m: EntityManager, n: NieuweRapportage, wie: Principal): Promise<void> {
    const { rapport: r } = n;
    await m.query(
      `INSERT INTO rapportages (id, periode, gemeentecode, versie, reden, definitie_versie, cijfers, gepubliceerd_door, rollen, organisatie, correlation_id, gepubliceerd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        n.id,
        r.periode,
        r.gemeentecode,
        n.versie,
        n.reden,
        r.definitieVersie,
        JSON.stringify(r),
        wie.subject,
        wie.roles,
        wie.organisatie,
        currentCorrelationId(),
        n.gepubliceerdOp,
      ],
    );
    for (const [formaat, inhoud] of Object.entries(n.bestanden)) {
      await m.query(
        'INSERT INTO rapportage_bestanden (rapportage_id, formaat, inhoud, sha256) VALUES ($1, $2, $3, $4)',
        [n.id, formaat, inhoud, sha256(inhoud)],
      );
    }
  }

  async lijst(filter: { periode?: string; gemeentecode?: string }) {
    return this.db.query(
      `SELECT ${KOLOMMEN} FROM rapportages r WHERE ($1::text IS NULL OR r.periode = $1) AND ($2::text IS NULL OR r.gemeentecode = $2)
        ORDER BY r.gepubliceerd_op DESC, r.versie DESC`,
      [filter.periode ?? null, filter.gemeentecode ?? null],
    );
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

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
