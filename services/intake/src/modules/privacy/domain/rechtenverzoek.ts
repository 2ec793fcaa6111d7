import { DomainError, isoDateParts, kalenderdag, plusMaanden } from '@wiz/contracts';

/**
 * What an inwoner may ask of the privacy officer themselves (domain.md, "The inwoner's rights"): erasure where no
 * legal duty to keep the data remains (AVG art. 17), restriction (art. 18), and objection to the processing
 * (art. 21). Correction (art. 16) goes to the front office as a correctieverzoek; access (art. 15) is the export.
 */
export const RECHTEN = ['wissen', 'beperken', 'bezwaar'] as const;
export type Recht = (typeof RECHTEN)[number];

export const RECHTENVERZOEK_UITKOMSTEN = ['toegekend', 'afgewezen'] as const;
export type RechtenverzoekUitkomst = (typeof RECHTENVERZOEK_UITKOMSTEN)[number];
export type RechtenverzoekStatus = 'open' | RechtenverzoekUitkomst;

/** An objection states the grounds of the person's particular situation (art. 21(1)); the others may explain. */
export const toelichtingVerplicht = (recht: Recht): boolean => recht === 'bezwaar';

/**
 * The last day of the answer: one month after the request (AVG art. 12(3)), in the region's calendar; a day the
 * month lacks is its last day (31 January gives 28 or 29 February).
 */
export function antwoordUiterlijk(ingediendOp: Date): string {
  const { year, month, day } = isoDateParts(kalenderdag(ingediendOp));
  const [jaar, maand] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const dag = Math.min(day, new Date(Date.UTC(jaar, maand, 0)).getUTCDate());
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** An extension of the answer's term (art. 12(3)): by one or two further months, at most two in all. */
export const VERLENGING_MAANDEN = [1, 2] as const;
export type VerlengingMaanden = (typeof VERLENGING_MAANDEN)[number];

/**
 * The new last day of an extended request. AVG art. 12(3): the month may be extended by two further months where
 * the complexity and number of requests make it necessary, and the person is told so, with the reasons, within that
 * first month. So: an open request, not extended before, on or before its first deadline (`vandaag` in the region's
 * calendar); the months run on from that deadline.
 */
export function verlengdTot(
  v: { status: RechtenverzoekStatus; uiterlijkOp: string; verlengd: boolean },
  maanden: VerlengingMaanden,
  vandaag: string,
): string {
  if (v.status !== 'open') throw new RechtenverzoekAlAfgehandeld(v.status);
  if (v.verlengd) throw new RechtenverzoekNietVerlengbaar('The term of this request was extended already, once.');
  if (vandaag > v.uiterlijkOp)
    throw new RechtenverzoekNietVerlengbaar(
      `The first month ended on ${v.uiterlijkOp}: an extension must be told within it (AVG art. 12(3)).`,
    );
  return plusMaanden(v.uiterlijkOp, maanden);
}

/** What the register holds of the person when the officer answers: erased, and restricted. */
export interface Uitvoering {
  gewist: boolean;
  beperkt: boolean;
}

/**
 * A request is granted once it is carried out, so the person is never told "toegekend" while their data stays as it
 * was: an erasure for wissen; a restriction for beperken, and for an objection upheld (processing stops), or an
 * erasure, which goes further.
 */
export const isUitgevoerd = (recht: Recht, u: Uitvoering): boolean => u.gewist || (recht !== 'wissen' && u.beperkt);

/** A grant asked before the request was carried out. */
export class RechtenverzoekNietUitgevoerd extends DomainError {
  readonly kind = 'conflict';

  constructor(recht: Recht) {
    super(
      recht === 'wissen'
        ? "Erase the person's data first (POST /inwoners/{inwonerId}/wisverzoeken), then grant the request."
        : 'Restrict the processing first (POST /inwoners/{inwonerId}/beperkingen), then grant the request.',
    );
  }
}

/** No such request (one of an inwoner the caller may not see is answered as absent). */
export class RechtenverzoekOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(id: string) {
    super(`Rechtenverzoek ${id} not found.`);
  }
}

/** A request is answered once: its outcome is what the person was told. */
export class RechtenverzoekAlAfgehandeld extends DomainError {
  readonly kind = 'conflict';

  constructor(status: RechtenverzoekStatus) {
    super(`This request was already answered (${status}).`);
  }
}

/** An extension the rule refuses: a second one, or one after the first month ended. */
export class RechtenverzoekNietVerlengbaar extends DomainError {
  readonly kind = 'conflict';

  constructor(reden: string) {
    super(reden);
  }
}
