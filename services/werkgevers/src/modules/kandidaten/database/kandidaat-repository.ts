import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ToestemmingDoel } from '@wiz/contracts';
import { beperktSql } from '@wiz/platform';
import { herkoppelSkillsSql } from '../../skills/skills-herkoppeling';
import type { SkillHouder } from '../../skills/skill-vocabulaire.port';
import type { Kandidatenregister, MatchbareKandidaat } from '../kandidatenregister.port';

export interface GestartTraject {
  trajectId: string;
  inwonerId: string;
  organisatie: string;
  gemeentecode: string;
  stap: string;
}

/** On the candidate lists: an open traject in step Matchen of a person whose processing is not restricted. */
const MATCHBAAR = `k.stap = 'matchen' AND k.status = 'actief'
  AND NOT ${beperktSql('k.inwoner_id')}`;

/** A consent change as intake announced it (toestemming-gewijzigd v1 or v2). */
export interface ToestemmingWijziging {
  inwonerId: string;
  doel: ToestemmingDoel;
  vacatureId?: string;
  gegeven: boolean;
  gewijzigdOp: string;
  geldigTot?: string;
  toestemmingId?: string;
}

/** The traject version of the last step change and of the last change of its organisation that werkgevers applied. */
export interface TrajectVersies {
  stap: number;
  organisatie: number;
}

/**
 * The candidate aggregate: werkgevers' projection of a traject (table kandidaten) with the profile its consultant
 * sets, and the person's consents to share it (table toestemmingen, one row per inwoner, purpose and vacancy).
 */
@Injectable()
export class KandidaatRepository implements Kandidatenregister, SkillHouder {
  async voegToe(m: EntityManager, t: GestartTraject): Promise<void> {
    await m.query(
      `INSERT INTO kandidaten (traject_id, inwoner_id, organisatie, gemeentecode, stap, status, versie) VALUES ($1, $2, $3, $4, $5, 'actief', 1)
       ON CONFLICT (traject_id) DO NOTHING`,
      [t.trajectId, t.inwonerId, t.organisatie, t.gemeentecode, t.stap],
    );
  }

  /**
   * The traject versions held, of its step and of its organisation, the row locked for the change; undefined when
   * the traject is not known here.
   */
  async versiesVoorWijziging(m: EntityManager, trajectId: string): Promise<TrajectVersies | undefined> {
    const [row] = await m.query(
      'SELECT versie AS stap, organisatie_versie AS organisatie FROM kandidaten WHERE traject_id = $1 FOR UPDATE',
      [trajectId],
    );
    return row;
  }

  async zetStap(m: EntityManager, trajectId: string, stap: string, versie: number): Promise<void> {
    await m.query('UPDATE kandidaten SET stap = $2, versie = $3 WHERE traject_id = $1', [trajectId, stap, versie]);
  }

  /** The organisation that holds the traject now (after a handover): placements and the profile follow it. */
  async zetOrganisatie(m: EntityManager, trajectId: string, organisatie: string, versie: number): Promise<void> {
    await m.query('UPDATE kandidaten SET organisatie = $2, organisatie_versie = $3 WHERE traject_id = $1', [
      trajectId,
      organisatie,
      versie,
    ]);
  }

  /** Closed, and the day it closed kept apart (traject_afsluitingen): the retention periods count from it. */
  async sluitAf(m: EntityManager, trajectId: string, datum: string): Promise<void> {
    await m.query(`UPDATE kandidaten SET status = 'afgesloten' WHERE traject_id = $1`, [trajectId]);
    await m.query(
      `INSERT INTO traject_afsluitingen (traject_id, afgesloten_op) VALUES ($1, $2)
       ON CONFLICT (traject_id) DO UPDATE SET afgesloten_op = excluded.afgesloten_op`,
      [trajectId, datum],
    );
  }

  /**
   * Keeps the newest consent change per inwoner, purpose and vacancy: an older one arriving late changes nothing, so
   * it cannot bring back a withdrawn consent. Of two changes at the same moment the withdrawal stays. Applying the
   * same change twice (v1 and v2 of one change, a redelivery) leaves the row as it was.
   */
  async zetToestemming(m: EntityManager, t: ToestemmingWijziging): Promise<void> {
    await m.query(
      `INSERT INTO toestemmingen (inwoner_id, doel, vacature_id, gegeven, gewijzigd_op, geldig_tot, toestemming_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (inwoner_id, doel, vacature_id) DO UPDATE SET gegeven = excluded.gegeven, gewijzigd_op = excluded.gewijzigd_op,
              geldig_tot = excluded.geldig_tot, toestemming_id = COALESCE(excluded.toestemming_id, toestemmingen.toestemming_id)
       WHERE toestemmingen.gewijzigd_op < excluded.gewijzigd_op
          OR (toestemmingen.gewijzigd_op = excluded.gewijzigd_op AND toestemmingen.gegeven AND NOT excluded.gegeven)`,
      [
        t.inwonerId,
        t.doel,
        t.vacatureId ?? null,
        t.gegeven,
        t.gewijzigdOp,
        t.geldigTot ?? null,
        t.toestemmingId ?? null,
      ],
    );
  }

  /** The traject's organisation, the row locked for a profile change; undefined when the traject is unknown. */
  async eigenaarVoorWijziging(m: EntityManager, trajectId: string): Promise<string | null | undefined> {
    const [k] = await m.query('SELECT organisatie FROM kandidaten WHERE traject_id = $1 FOR UPDATE', [trajectId]);
    return k ? k.organisatie : undefined;
  }

  async zetProfiel(m: EntityManager, trajectId: string, skills: string[], vrijgegeven: boolean): Promise<void> {
    await m.query('UPDATE kandidaten SET skills = $2, vrijgegeven = $3 WHERE traject_id = $1', [
      trajectId,
      skills,
      vrijgegeven,
    ]);
  }

  async kandidaat(
    m: EntityManager,
    trajectId: string,
  ): Promise<{ inwonerId: string; organisatie: string | null } | undefined> {
    const [k] = await m.query('SELECT inwoner_id, organisatie FROM kandidaten WHERE traject_id = $1', [trajectId]);
    return k && { inwonerId: k.inwoner_id, organisatie: k.organisatie };
  }

  async isMatchbaar(m: Pick<EntityManager, 'query'>, inwonerId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM kandidaten k WHERE k.inwoner_id = $1 AND ${MATCHBAAR}`, [
      inwonerId,
    ]);
    return rows.length > 0;
  }

  async matchbaar(m: Pick<EntityManager, 'query'>): Promise<MatchbareKandidaat[]> {
    const rows: {
      traject_id: string;
      skills: string[];
      vrijgegeven: boolean;
      toestemmingen: {
        doel: ToestemmingDoel;
        vacature_id: string | null;
        gegeven: boolean;
        geldig_tot: string | null;
        gewijzigd_op: string;
      }[];
    }[] = await m.query(
      `SELECT k.traject_id, k.skills, k.vrijgegeven,
              COALESCE((SELECT json_agg(json_build_object('doel', t.doel, 'vacature_id', t.vacature_id, 'gegeven', t.gegeven,
                                                          'geldig_tot', to_char(t.geldig_tot, 'YYYY-MM-DD'), 'gewijzigd_op', t.gewijzigd_op))
                          FROM toestemmingen t WHERE t.inwoner_id = k.inwoner_id), '[]') AS toestemmingen
         FROM kandidaten k
        WHERE ${MATCHBAAR}`,
    );
    return rows.map((r) => ({
      trajectId: r.traject_id,
      skills: r.skills,
      vrijgegeven: r.vrijgegeven,
      toestemmingen: r.toestemmingen.map((t) => ({
        doel: t.doel,
        vacatureId: t.vacature_id,
        gegeven: t.gegeven,
        geldigTot: t.geldig_tot,
        gewijzigdOp: new Date(t.gewijzigd_op),
      })),
    }));
  }

  async herkoppelSkills(m: EntityManager, vrijeSkills: readonly string[], code: string): Promise<void> {
    await m.query(herkoppelSkillsSql('kandidaten'), [vrijeSkills, code]);
  }
}
