import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NieuwePlaatsingRij, PlaatsingVoorWijziging } from '../domain/plaatsing';
import type { SroiDoelgroep } from '../../sroi/domain';
import { urenOpSql } from '../uren-op.sql';

/** The placement aggregate: a person at work with an employer (plaatsingen) and its changes of hours (plaatsing_uren). */
@Injectable()
export class PlaatsingRepository {
  /** Stores a new placement; false when the same traject, employer and start date is recorded already. */
  async voegToe(m: EntityManager, p: NieuwePlaatsingRij): Promise<boolean> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO plaatsingen (id, traject_id, inwoner_id, werkgever_id, vacature_id, arrangement_id, sroi_verplichting_id, sroi_doelgroep,
                                sroi_doelgroep_status, startdatum, uren_per_week, contractvorm, afspraakbaan, organisatie)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (traject_id, werkgever_id, startdatum) DO NOTHING RETURNING id`,
      [
        p.id,
        p.trajectId,
        p.inwonerId,
        p.werkgeverId,
        p.vacatureId,
        p.arrangementId,
        p.sroiVerplichtingId,
        p.sroiDoelgroep,
        p.sroiDoelgroepStatus,
        p.startdatum,
        p.urenPerWeek,
        p.contractvorm,
        p.afspraakbaan,
        p.organisatie,
      ],
    );
    return inserted.length > 0;
  }

  async idVan(m: EntityManager, trajectId: string, werkgeverId: string, startdatum: string): Promise<string> {
    const [bestaand] = await m.query(
      'SELECT id FROM plaatsingen WHERE traject_id = $1 AND werkgever_id = $2 AND startdatum = $3',
      [trajectId, werkgeverId, startdatum],
    );
    return bestaand.id;
  }

  async voorWijziging(m: EntityManager, id: string): Promise<PlaatsingVoorWijziging | undefined> {
    const [p] = await m.query(
      `SELECT traject_id, inwoner_id, organisatie, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum,
              sroi_verplichting_id, sroi_doelgroep, sroi_doelgroep_status, geanonimiseerd_op IS NOT NULL AS geanonimiseerd
         FROM plaatsingen WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return (
      p && {
        trajectId: p.traject_id,
        inwonerId: p.inwoner_id,
        organisatie: p.organisatie,
        startdatum: p.startdatum,
        einddatum: p.einddatum,
        sroiVerplichtingId: p.sroi_verplichting_id,
        sroiDoelgroep: p.sroi_doelgroep,
        sroiDoelgroepStatus: p.sroi_doelgroep_status,
        geanonimiseerd: p.geanonimiseerd,
      }
    );
  }

  /** The hours a week in force on `datum`: the latest change from on or before it, else the hours at the start. */
  async urenOp(m: EntityManager, id: string, datum: string): Promise<number> {
    const [{ uren }] = await m.query(`SELECT ${urenOpSql('$2')}::float AS uren FROM plaatsingen p WHERE p.id = $1`, [
      id,
      datum,
    ]);
    return uren;
  }

  async beeindig(m: EntityManager, id: string, einddatum: string, reden: string, code: string): Promise<void> {
    await m.query('UPDATE plaatsingen SET einddatum = $2, eind_reden = $3, eind_reden_code = $4 WHERE id = $1', [
      id,
      einddatum,
      reden,
      code,
    ]);
  }

  async zetSroiDoelgroep(
    m: EntityManager,
    id: string,
    doelgroep: SroiDoelgroep,
    status: 'bevestigd' | 'afgeleid',
  ): Promise<void> {
    await m.query('UPDATE plaatsingen SET sroi_doelgroep = $2, sroi_doelgroep_status = $3 WHERE id = $1', [
      id,
      doelgroep,
      status,
    ]);
  }

  async voegUrenWijzigingToe(
    m: EntityManager,
    w: {
      id: string;
      plaatsingId: string;
      vorigeUrenPerWeek: number;
      urenPerWeek: number;
      ingangsdatum: string;
      door: string;
      organisatie: string;
    },
  ): Promise<void> {
    await m.query(
      'INSERT INTO plaatsing_uren (id, plaatsing_id, vorige_uren_per_week, uren_per_week, ingangsdatum, gewijzigd_door, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [w.id, w.plaatsingId, w.vorigeUrenPerWeek, w.urenPerWeek, w.ingangsdatum, w.door, w.organisatie],
    );
  }

  /** The person's placements whose SROI doelgroep is still onbevestigd, locked to be derived again. */
  async onbevestigdVan(m: EntityManager, inwonerId: string): Promise<{ id: string; startdatum: string }[]> {
    return m.query(
      `SELECT id, to_char(startdatum, 'YYYY-MM-DD') AS startdatum FROM plaatsingen WHERE inwoner_id = $1 AND sroi_doelgroep_status = 'onbevestigd' FOR UPDATE`,
      [inwonerId],
    );
  }
}
