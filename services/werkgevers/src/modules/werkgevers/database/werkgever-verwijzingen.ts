import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Werkgeverregister } from '../werkgeverregister.port';
import type { SkillHouder } from '../../skills/skill-vocabulaire.port';
import { herkoppelSkillsSql } from '../../skills/skills-herkoppeling';

/**
 * Werkgevers' answers to other contexts (see `Werkgeverregister`) on the tables of the werkgever aggregate, and its
 * vacancies' part when the skills vocabulary learns a code for a free text.
 */
@Injectable()
export class WerkgeverVerwijzingen implements Werkgeverregister, SkillHouder {
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

  async herkoppelSkills(m: EntityManager, vrijeSkills: readonly string[], code: string): Promise<void> {
    await m.query(herkoppelSkillsSql('vacatures'), [vrijeSkills, code]);
  }
}
