import { DomainError, type DomainErrorKind } from '@wiz/contracts';

/** A warm handover: proposed by the organisation that holds the traject, accepted or declined by the receiver. */
export const OVERDRACHT_STATUSSEN = ['voorgesteld', 'geaccepteerd', 'afgewezen'] as const;
export type OverdrachtStatus = (typeof OVERDRACHT_STATUSSEN)[number];

/** A handover the rules refuse: to the own organisation (400), or one already decided or pending (409). */
export class OverdrachtFout extends DomainError {
  readonly kind: DomainErrorKind;

  private constructor(kind: DomainErrorKind, message: string, field?: { name: string; message: string }) {
    super(message, field);
    this.kind = kind;
  }

  static ongeldig(field: string, message: string): OverdrachtFout {
    return new OverdrachtFout('invalid', 'This handover is not possible.', { name: field, message });
  }

  static conflict(message: string): OverdrachtFout {
    return new OverdrachtFout('conflict', message);
  }
}

/** A handover goes to another organisation, and one at a time: a second proposal waits for the first's answer. */
export function eisNieuweOverdracht(van: string, naar: string, openstaand: boolean): void {
  if (naar === van)
    throw OverdrachtFout.ongeldig('naarOrganisatie', 'The traject is held by this organisation already.');
  if (openstaand) throw OverdrachtFout.conflict('A handover of this traject awaits an answer already.');
}

/** Only a proposed handover is accepted or declined, once. */
export function eisVoorgesteld(status: OverdrachtStatus): void {
  if (status !== 'voorgesteld') throw OverdrachtFout.conflict(`This handover was ${status} already.`);
}
