import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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

/** The traject version of the last step change and of the last change of its organisation that werkgevers applied. */
export interface TrajectVersies {
  stap: number;
  organisatie: number;
}

/**
 * The candidate aggregate: werkgevers' projection of a traject (table kandidaten) with the profile its consultant
 * sets, and the person's consent to share it (table toestemmingen, one row per inwoner).
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

  /** Keeps the newest consent change per inwoner: an older one arriving late changes nothing. */
  async zetToestemming(m: EntityManager, inwonerId: string, gegeven: boolean, gewijzigdOp: string): Promise<void> {
    await m.query(
      `INSERT INTO toestemmingen (inwoner_id, gegeven, gewijzigd_op) VALUES ($1, $2, $3)
       ON CONFLICT (inwoner_id) DO UPDATE SET gegeven = excluded.gegeven, gewijzigd_op = excluded.gewijzigd_op
       WHERE toestemmingen.gewijzigd_op < excluded.gewijzigd_op`,
      [inwonerId, gegeven, gewijzigdOp],
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

  async matchbaar(m: Pick<EntityManager, 'query'>): Promise<MatchbareKandidaat[]> {
    const rows: {
      traject_id: string;
      skills: string[];
      vrijgegeven: boolean;
      toestemming: boolean | null;
      toestemming_gewijzigd_op: Date | null;
    }[] = await m.query(
      `SELECT k.traject_id, k.skills, k.vrijgegeven, t.gegeven AS toestemming, t.gewijzigd_op AS toestemming_gewijzigd_op
         FROM kandidaten k LEFT JOIN toestemmingen t ON t.inwoner_id = k.inwoner_id
        WHERE k.stap = 'matchen' AND k.status = 'actief'
          AND NOT EXISTS (SELECT 1 FROM beperkingen b WHERE b.inwoner_id = k.inwoner_id AND b.beperkt)`,
    );
    return rows.map((r) => ({
      trajectId: r.traject_id,
      skills: r.skills,
      vrijgegeven: r.vrijgegeven,
      toestemming: r.toestemming,
      toestemmingGewijzigdOp: r.toestemming_gewijzigd_op,
    }));
  }

  async herkoppelSkills(m: EntityManager, vrijeSkills: readonly string[], code: string): Promise<void> {
    await m.query(herkoppelSkillsSql('kandidaten'), [vrijeSkills, code]);
  }
}
