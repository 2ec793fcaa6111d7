import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
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

/** Stores published reports once (the tables refuse any change); RapportagesQuery reads them back as stored. */
@Injectable()
export class RapportageOpslag {
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
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
