import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Vocabulaire } from '../domain';

/** The skills vocabulary aggregate as beheer keeps it: codes with their labels (skills) and normalised synonyms (skill_synoniemen). */
@Injectable()
export class SkillVocabulaireRepository {
  async laad(m: Pick<EntityManager, 'query'>): Promise<Vocabulaire> {
    const rows: { code: string; label: string; synoniemen: string[] }[] = await m.query(
      `SELECT s.code, s.label, coalesce(array_agg(y.synoniem ORDER BY y.synoniem) FILTER (WHERE y.synoniem IS NOT NULL), '{}') AS synoniemen
         FROM skills s LEFT JOIN skill_synoniemen y ON y.code = s.code GROUP BY s.code ORDER BY s.code`,
    );
    return new Vocabulaire(rows);
  }

  /**
   * Serialises changes to the vocabulary, so two beheerders cannot give one text two codes at the same time.
   * Readers (a vacancy being added) are not held up: SHARE ROW EXCLUSIVE conflicts only with writers.
   */
  async vergrendel(m: EntityManager): Promise<void> {
    await m.query('LOCK TABLE skills, skill_synoniemen IN SHARE ROW EXCLUSIVE MODE');
  }

  async bestaat(m: EntityManager, code: string): Promise<boolean> {
    const [bestaat] = await m.query('SELECT 1 FROM skills WHERE code = $1', [code]);
    return Boolean(bestaat);
  }

  async voegSkillToe(m: EntityManager, code: string, label: string): Promise<void> {
    await m.query('INSERT INTO skills (code, label) VALUES ($1, $2)', [code, label]);
  }

  async voegSynoniemToe(m: EntityManager, code: string, synoniem: string): Promise<void> {
    await m.query('INSERT INTO skill_synoniemen (synoniem, code) VALUES ($1, $2)', [synoniem, code]);
  }
}
