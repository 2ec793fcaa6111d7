import type { EntityManager } from 'typeorm';
import { problemException } from '@wiz/platform';
import { normaliseerSkill } from '../domain';
import type { SkillVocabulaireRepository } from '../database/skill-vocabulaire-repository';

/** Locks the vocabulary and refuses (409 naming the field and the code) a text that already stands for a code. */
export async function eisVrijeTeksten(
  m: EntityManager,
  vocabulaireRepository: SkillVocabulaireRepository,
  teksten: readonly [veld: string, tekst: string][],
): Promise<void> {
  await vocabulaireRepository.vergrendel(m);
  const vocabulaire = await vocabulaireRepository.laad(m);
  for (const [veld, tekst] of teksten) {
    const code = vocabulaire.codeVan(tekst);
    if (code)
      throw problemException(409, `'${normaliseerSkill(tekst)}' stands for skill ${code} already.`, {
        field: veld,
        code,
      });
  }
}
