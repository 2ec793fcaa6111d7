import { DomainError, type DomainErrorKind, type Stap, stappenVan } from '@wiz/contracts';

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

/**
 * A handover goes to another organisation in a step it runs (domain.md: another organisation sees a person only when
 * the traject moves to a step it runs): `stap` is the step the receiver takes the traject on in, the one it is in or
 * the next one, which acceptance moves it to. One at a time: a second proposal waits for the first's answer.
 */
export function eisNieuweOverdracht(van: string, naar: string, stap: Stap, openstaand: boolean): void {
  if (naar === van)
    throw OverdrachtFout.ongeldig('naarOrganisatie', 'The traject is held by this organisation already.');
  if (!stappenVan(naar).includes(stap))
    throw OverdrachtFout.ongeldig(
      'naarOrganisatie',
      `${naar} does not run the step ${stap}; it runs ${stappenVan(naar).join(', ')}. Name one of those as naarStap.`,
    );
  if (openstaand) throw OverdrachtFout.conflict('A handover of this traject awaits an answer already.');
}

/**
 * Only a proposed handover is accepted or declined, once; accepted only into a step the receiver runs (a proposal's
 * own step always is; one from before proposals named a step gives the step the traject is in now).
 */
export function eisVoorgesteld(status: OverdrachtStatus, ontvanger?: { organisatie: string; stap: Stap }): void {
  if (status !== 'voorgesteld') throw OverdrachtFout.conflict(`This handover was ${status} already.`);
  if (ontvanger && !stappenVan(ontvanger.organisatie).includes(ontvanger.stap))
    throw OverdrachtFout.conflict(
      `The traject is in the step ${ontvanger.stap} now, which ${ontvanger.organisatie} does not run.`,
    );
}

/** Whether the reader may see what an organisation sees (seesOrganisation for the caller). */
export type ZietOrganisatie = (organisatie: string) => boolean;

/**
 * The proposal's note is about the person: the proposing organisation keeps reading it, the receiver only while it
 * is theirs to answer or after they took the traject on. Declined, it never was theirs to know.
 */
export function magToelichtingLezen(
  o: { vanOrganisatie: string; naarOrganisatie: string; status: OverdrachtStatus },
  lezer: ZietOrganisatie,
): boolean {
  return lezer(o.vanOrganisatie) || (o.status !== 'afgewezen' && lezer(o.naarOrganisatie));
}

/**
 * A traject's handover history: the organisation holding it reads all of it; another one a handover involved reads
 * the handovers it was part of, not where the person went after it.
 */
export function magOverdrachtZien(
  o: { vanOrganisatie: string; naarOrganisatie: string },
  houder: string,
  lezer: ZietOrganisatie,
): boolean {
  return lezer(houder) || lezer(o.vanOrganisatie) || lezer(o.naarOrganisatie);
}
