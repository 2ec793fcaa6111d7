import { DomainError } from '@wiz/contracts';

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

/** The BSN as the person may see it on screen: only the last three digits, so a glance over a shoulder gives none. */
export function gemaskeerdBsn(bsn: string | null): string | null {
  return bsn === null ? null : `${'*'.repeat(Math.max(bsn.length - 3, 0))}${bsn.slice(-3)}`;
}
