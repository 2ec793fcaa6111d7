import { zonderAccentenKleineLetters } from './naam-normalisatie';

/** The data that says who a person is. Address and contact data change (people move); these do not. */
export interface Identiteit {
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
}

export const IDENTITEITSVELDEN = ['voornaam', 'achternaam', 'geboortedatum'] as const;
export type Identiteitsveld = (typeof IDENTITEITSVELDEN)[number];

/** What beheer decides about an aanmelding whose identity differs from the one held for its BSN. */
export const IDENTITEITSUITKOMSTEN = ['zelfde-persoon', 'andere-persoon'] as const;
export type Identiteitsuitkomst = (typeof IDENTITEITSUITKOMSTEN)[number];
export type IdentiteitscontroleStatus = 'open' | Identiteitsuitkomst;

/** A name as typed, reduced to what identifies it: case, accents, spaces and punctuation (d'Hondt, Jan-Willem) do not count. */
function vergelijkbareNaam(naam: string): string {
  return zonderAccentenKleineLetters(naam).replace(/[\s\p{P}]/gu, '');
}

/**
 * The identity fields in which a new aanmelding differs from the identity held for the same BSN. Anything listed
 * here is never copied into the held identity: the aanmelding keeps its own data and beheer checks it, because a
 * known BSN alone must not let anyone see or change what others hold about that person.
 */
export function afwijkendeIdentiteitsvelden(gehouden: Identiteit, opgegeven: Identiteit): Identiteitsveld[] {
  return IDENTITEITSVELDEN.filter((veld) =>
    veld === 'geboortedatum'
      ? gehouden.geboortedatum !== opgegeven.geboortedatum
      : vergelijkbareNaam(gehouden[veld]) !== vergelijkbareNaam(opgegeven[veld]),
  );
}

/**
 * Whether an aanmelding gives its organisation what is shared about the inwoner beyond the aanmelding itself (the
 * consents): yes when its identity matched the held one, or beheer confirmed it is the same person.
 */
export function geeftGedeeldeGegevens(controle: IdentiteitscontroleStatus | null): boolean {
  return controle === null || controle === 'zelfde-persoon';
}

/**
 * Which of the aanmeldingen an organisation sees supplies the person data it is shown: the newest whose identity
 * is confirmed (so a move recorded later shows), else the newest (the organisation's own unconfirmed capture).
 * `aanmeldingen` is ordered oldest first and not empty.
 */
export function weergaveAanmelding<T extends { controle: IdentiteitscontroleStatus | null }>(
  aanmeldingen: readonly T[],
): T {
  const bevestigd = aanmeldingen.filter((a) => geeftGedeeldeGegevens(a.controle));
  return (bevestigd.length > 0 ? bevestigd : aanmeldingen).at(-1)!;
}
