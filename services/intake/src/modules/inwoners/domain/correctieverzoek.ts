import { DomainError } from '@wiz/contracts';
import type { CorrigeerbaarVeld } from './correctie';

/** What the person says is wrong: one part of the details they see on "Mijn gegevens", or something else. */
export const CORRECTIE_ONDERDELEN = ['naam', 'adres', 'contact', 'gemeente', 'geboortedatum', 'anders'] as const;
export type CorrectieOnderdeel = (typeof CORRECTIE_ONDERDELEN)[number];

export const CORRECTIE_UITKOMSTEN = ['doorgevoerd', 'afgewezen'] as const;
export type CorrectieUitkomst = (typeof CORRECTIE_UITKOMSTEN)[number];
export type CorrectieStatus = 'open' | CorrectieUitkomst;

/** No correction request with this id that the caller may see (another organisation's is answered as absent). */
export class CorrectieverzoekOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(id: string) {
    super(`Correctieverzoek ${id} not found.`);
  }
}

/** A request is handled once: its outcome is what the person was told. */
export class CorrectieverzoekAlAfgehandeld extends DomainError {
  readonly kind = 'conflict';

  constructor(status: CorrectieStatus) {
    super(`This correctieverzoek was already handled (${status}).`);
  }
}

/**
 * The held fields each part of the details stands for; a request is carried out (doorgevoerd) only once one of them
 * was corrected since it was filed. Null: "something else", which the held fields do not show. A birth date is no
 * correctable field here (see correctie.ts), so its request cannot be closed as carried out.
 */
const VELDEN_VAN_ONDERDEEL: Record<CorrectieOnderdeel, readonly CorrigeerbaarVeld[] | null> = {
  naam: ['voornaam', 'achternaam'],
  adres: ['postcode', 'huisnummer', 'gemeentecode'],
  contact: ['email', 'telefoon'],
  gemeente: ['gemeentecode'],
  geboortedatum: [],
  anders: null,
};

/** Closing a request as carried out while nothing of it was corrected: 409, the person would be told a falsehood. */
export class CorrectieNietDoorgevoerd extends DomainError {
  readonly kind = 'conflict';

  constructor(onderdeel: CorrectieOnderdeel) {
    super(
      onderdeel === 'geboortedatum'
        ? 'A birth date is not corrected through this request: close it as afgewezen and tell the person why and what they can do.'
        : `No correction of ${onderdeel} was recorded since the request was filed: correct it first (PATCH /inwoners/{id}), then close the request as doorgevoerd.`,
    );
  }
}

/** A request closed as carried out names a part that was corrected since it was filed (`gecorrigeerd`: those fields). */
export function eisDoorgevoerd(onderdeel: CorrectieOnderdeel, gecorrigeerd: readonly string[]): void {
  const velden = VELDEN_VAN_ONDERDEEL[onderdeel];
  if (velden !== null && !velden.some((veld) => gecorrigeerd.includes(veld)))
    throw new CorrectieNietDoorgevoerd(onderdeel);
}

/** The BSN as the person may see it on screen: only the last three digits, so a glance over a shoulder gives none. */
export function gemaskeerdBsn(bsn: string | null): string | null {
  return bsn === null ? null : `${'*'.repeat(Math.max(bsn.length - 3, 0))}${bsn.slice(-3)}`;
}
