import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NieuweContactpersoonRij, NieuweVacatureRij, NieuweWerkgeverRij } from '../domain/werkgever';
import type { VacatureStatus } from '../domain/vacature-status';
import type { Werkgeverregister } from '../werkgeverregister.port';
import type { SkillHouder } from '../../skills/skill-vocabulaire.port';
import { herkoppelSkillsSql } from '../../skills/skills-herkoppeling';

export interface VacatureVoorWijziging {
  status: VacatureStatus;
  aantal: number;
  /** Placements on it that have not ended. */
  vervuld: number;
  organisatie: string | null;
}

/**
 * The werkgever aggregate: the employer with its contact persons and vacancies (tables werkgevers, contactpersonen,
 * vacatures). It answers other contexts through the `Werkgeverregister` port and re-maps its vacancies' skills when
 * the vocabulary learns a code for a free text.
 */
@Injectable()
export class WerkgeverRepository implements Werkgeverregister, SkillHouder {
  /** Stores a new employer; false when its KvK number is known already (the unique index decides). */
  async voegToe(m: EntityManager, w: NieuweWerkgeverRij): Promise<boolean> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO werkgevers (id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (kvk_nummer) DO NOTHING RETURNING id`,
      [w.id, w.kvkNummer, w.naam, w.gemeentecode, w.sbiCode, w.strategischPartner, w.organisatie],
    );
    return inserted.length > 0;
  }

  async idVanKvkNummer(m: EntityManager, kvkNummer: string): Promise<string | undefined> {
    const [bestaand] = await m.query('SELECT id FROM werkgevers WHERE kvk_nummer = $1', [kvkNummer]);
    return bestaand?.id;
  }

  /** The owning organisation, the row locked against removal while a contact or vacancy is added; undefined: unknown. */
  async eigenaarVoorToevoeging(m: EntityManager, werkgeverId: string): Promise<string | null | undefined> {
    const [werkgever] = await m.query('SELECT organisatie FROM werkgevers WHERE id = $1 FOR SHARE', [werkgeverId]);
    return werkgever?.organisatie;
  }

  async voegContactpersoonToe(m: EntityManager, c: NieuweContactpersoonRij): Promise<void> {
    await m.query(
      'INSERT INTO contactpersonen (id, werkgever_id, naam, functie, email, telefoon) VALUES ($1, $2, $3, $4, $5, $6)',
      [c.id, c.werkgeverId, c.naam, c.functie, c.email, c.telefoon],
    );
  }

  async voegVacatureToe(m: EntityManager, v: NieuweVacatureRij): Promise<void> {
    await m.query(
      `INSERT INTO vacatures (id, werkgever_id, titel, uren_per_week, aantal, skills, skills_ingevoerd, open_hiring, cv_loos, geschikt_voor_afspraakbaan)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        v.id,
        v.werkgeverId,
        v.titel,
        v.urenPerWeek,
        v.aantal,
        v.skills,
        v.skillsIngevoerd,
        v.openHiring,
        v.cvLoos,
        v.geschiktVoorAfspraakbaan,
      ],
    );
  }

  /**
   * A vacancy with its employer's owner, its places and its running placements, the row locked for a change of its
   * status (also by a placement on it, so two placements cannot both take the last place unnoticed).
   */
  async vacatureVoorWijziging(m: EntityManager, id: string): Promise<VacatureVoorWijziging | undefined> {
    const [v] = await m.query(
      `SELECT v.status, v.aantal, w.organisatie,
              (SELECT count(*)::int FROM plaatsingen p WHERE p.vacature_id = v.id AND p.einddatum IS NULL) AS vervuld
         FROM vacatures v JOIN werkgevers w ON w.id = v.werkgever_id WHERE v.id = $1 FOR UPDATE OF v`,
      [id],
    );
    return v;
  }

  async zetVacatureStatus(m: EntityManager, id: string, status: VacatureStatus, reden: string | null): Promise<void> {
    await m.query('UPDATE vacatures SET status = $2, status_reden = $3 WHERE id = $1', [id, status, reden]);
  }

  async bestaat(m: EntityManager, werkgeverId: string): Promise<boolean> {
    const [werkgever] = await m.query('SELECT 1 FROM werkgevers WHERE id = $1', [werkgeverId]);
    return Boolean(werkgever);
  }

  async bestaanAlle(m: EntityManager, werkgeverIds: readonly string[]): Promise<boolean> {
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM werkgevers WHERE id = ANY($1::uuid[])', [
      werkgeverIds,
    ]);
    return n === werkgeverIds.length;
  }

  async heeftVacature(m: EntityManager, werkgeverId: string, vacatureId: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM vacatures WHERE id = $1 AND werkgever_id = $2', [
      vacatureId,
      werkgeverId,
    ]);
    return rows.length > 0;
  }

  async vacatureSkills(
    m: EntityManager,
    vacatureId: string,
  ): Promise<{ skills: string[]; organisatie: string } | undefined> {
    const [vacature] = await m.query(
      'SELECT v.skills, w.organisatie FROM vacatures v JOIN werkgevers w ON w.id = v.werkgever_id WHERE v.id = $1',
      [vacatureId],
    );
    return vacature;
  }

  async openVacatures(m: EntityManager): Promise<{ id: string; titel: string; werkgever: string }[]> {
    return m.query(
      `SELECT v.id, v.titel, w.naam AS werkgever FROM vacatures v JOIN werkgevers w ON w.id = v.werkgever_id
        WHERE v.status = 'open' ORDER BY w.naam, v.titel, v.id`,
    );
  }

  async herkoppelSkills(m: EntityManager, vrijeSkills: readonly string[], code: string): Promise<void> {
    await m.query(herkoppelSkillsSql('vacatures'), [vrijeSkills, code]);
  }
}
