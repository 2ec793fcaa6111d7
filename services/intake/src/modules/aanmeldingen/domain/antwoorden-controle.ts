import type { IntakeSituatie } from './aanmelding.types';

export interface Tegenstrijdigheid {
  veld: keyof IntakeSituatie;
  message: string;
}

/**
 * Answers that cannot all be true at once. Refused (400 naming the field) rather than guessed, because the ESF+
 * categories and target groups are derived from them and go into figures others sign.
 */
export function tegenstrijdigeAntwoorden(
  situatie: IntakeSituatie,
  inwoner: { geboortedatum?: string; geslacht?: string },
): Tegenstrijdigheid[] {
  const problemen: Tegenstrijdigheid[] = [];
  for (const veld of ['werkloosSinds', 'uitkeringSinds'] as const) {
    const datum = situatie[veld];
    // Without a birth date (an anonymous orientation) there is nothing to compare with.
    if (datum && inwoner.geboortedatum && datum < inwoner.geboortedatum)
      problemen.push({ veld, message: 'must not lie before inwoner.geboortedatum' });
  }
  if (situatie.uitkeringSinds && situatie.uitkering === 'geen') {
    problemen.push({ veld: 'uitkeringSinds', message: "must be left out when uitkering is 'geen'" });
  }
  if (situatie.geslacht && inwoner.geslacht && situatie.geslacht !== inwoner.geslacht) {
    problemen.push({ veld: 'geslacht', message: 'must equal inwoner.geslacht when both are given' });
  }
  return problemen;
}
