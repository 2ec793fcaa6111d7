import { DomainError } from '@wiz/contracts';
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

/** An identity given later that an earlier aanmelding of the person contradicts: 400 naming the identity's field. */
export class IdentiteitPastNiet extends DomainError {
  readonly kind = 'invalid';

  constructor(veld: string, message: string) {
    super('The identity does not fit what the person told at an earlier aanmelding.', { name: veld, message });
  }
}

/**
 * An anonymous person identified later: the identity must fit each aanmelding they made meanwhile, judged on its own
 * day (ESF+ age and target groups are derived from it there): born on or before that day, and not contradicting its
 * answers (tegenstrijdigeAntwoorden). Throws IdentiteitPastNiet for the first misfit.
 */
export function eisIdentiteitPastBij(
  aanmelding: { dag: string; situatie: IntakeSituatie },
  identiteit: { geboortedatum: string; geslacht?: string },
): void {
  if (identiteit.geboortedatum > aanmelding.dag)
    throw new IdentiteitPastNiet('geboortedatum', `must not lie after the aanmelding of ${aanmelding.dag}`);
  const [tegenstrijdig] = tegenstrijdigeAntwoorden(aanmelding.situatie, identiteit);
  if (!tegenstrijdig) return;
  const veld = tegenstrijdig.veld === 'geslacht' ? 'geslacht' : 'geboortedatum';
  throw new IdentiteitPastNiet(veld, `contradicts ${tegenstrijdig.veld} given at the aanmelding of ${aanmelding.dag}`);
}
