import type { EntityManager } from 'typeorm';
import { Vocabulaire } from '../domain';

/** The vocabulary as beheer keeps it in the database: codes with their labels and (normalised) synonyms. */
export async function laadVocabulaire(m: Pick<EntityManager, 'query'>): Promise<Vocabulaire> {
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
export async function vergrendelVocabulaire(m: EntityManager): Promise<void> {
  await m.query('LOCK TABLE skills, skill_synoniemen IN SHARE ROW EXCLUSIVE MODE');
}

const MET_SKILLS = ['vacatures', 'kandidaten'] as const;

/**
 * A text that was a free skill and now stands for `code`: vacancies and profiles that hold it match on the code from
 * now on, in the same transaction as the vocabulary change, keeping their order and holding the code once.
 */
export async function herkoppel(m: EntityManager, vrijeSkills: readonly string[], code: string): Promise<void> {
  for (const tabel of MET_SKILLS) {
    await m.query(
      `UPDATE ${tabel} t SET skills = (
         SELECT array_agg(s ORDER BY i) FROM (
           SELECT DISTINCT ON (s) s, i FROM unnest(t.skills) WITH ORDINALITY AS u(x, i), LATERAL (SELECT CASE WHEN x = ANY($1::text[]) THEN $2 ELSE x END AS s) c
            ORDER BY s, i) d)
        WHERE t.skills && $1::text[]`,
      [vrijeSkills, code],
    );
  }
}
