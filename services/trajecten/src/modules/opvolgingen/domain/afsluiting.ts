import { DomainError, type DomainErrorKind } from '@wiz/contracts';
import { volgendMoment, type OpvolgingSoort, type OpvolgingStatus } from './opvolging';

/** The follow-ups a consulent closes with an outcome in words; a duurzaamheidscheck has its own outcome. */
export const AFSLUITBARE_SOORTEN = ['contactmoment', 'stilstand'] as const;
export type AfsluitbareSoort = (typeof AFSLUITBARE_SOORTEN)[number];

/** A closing the rules refuse: another kind or one already done (409), a next moment in the past (400). */
export class AfsluitingNietMogelijk extends DomainError {
  readonly kind: DomainErrorKind;

  private constructor(kind: DomainErrorKind, message: string, field?: { name: string; message: string }) {
    super(message, field);
    this.kind = kind;
  }

  static conflict(message: string): AfsluitingNietMogelijk {
    return new AfsluitingNietMogelijk('conflict', message);
  }

  static ongeldig(field: string, message: string): AfsluitingNietMogelijk {
    return new AfsluitingNietMogelijk('invalid', 'The follow-up cannot be closed like this.', { name: field, message });
  }
}

/**
 * A contact moment or stalled reminder is closed once, due or not yet (a consulent may meet someone early); a
 * lapsed one (its traject closed) has nothing left to close.
 */
export function eisAfTeSluiten<T extends { soort: OpvolgingSoort; status: OpvolgingStatus }>(
  o: T,
): asserts o is T & { soort: AfsluitbareSoort } {
  if (!(AFSLUITBARE_SOORTEN as readonly string[]).includes(o.soort))
    throw AfsluitingNietMogelijk.conflict('A duurzaamheidscheck records its outcome at /uitkomst.');
  if (o.status !== 'gepland' && o.status !== 'open')
    throw AfsluitingNietMogelijk.conflict(`This follow-up is ${o.status} already.`);
}

/** The next follow-up is planned ahead. */
export function eisToekomstig(vervaldatum: Date, nu: Date): void {
  if (vervaldatum <= nu) throw AfsluitingNietMogelijk.ongeldig('volgende.vervaldatum', 'Plan the next one ahead.');
}

/** Not done and past its due date: flagged in lists, and first in the caseload. */
export function isVerlopen(status: OpvolgingStatus, vervaldatum: Date, nu: Date): boolean {
  return (status === 'gepland' || status === 'open') && vervaldatum < nu;
}

/** A reminder to plan as the one planned reminder of its kind for the traject (the one planned before lapses). */
export interface TePlannenHerinnering {
  soort: AfsluitbareSoort;
  vervaldatum: Date;
  /** The next one the consulent asked for (answered as `volgende`), not the series' own. */
  gevraagd: boolean;
}

/**
 * What closing a reminder plans. A traject has one planned reminder of each kind, so the series neither doubles nor
 * stops: the next one the consulent asks for takes the place of the one of its kind planned already (when one fired,
 * it planned the next itself); a reminder closed before it was due had not planned its next, so, unless the
 * consulent planned that kind, the series goes on from now.
 */
export function herinneringenNaAfsluiting(
  afgesloten: { soort: AfsluitbareSoort; status: OpvolgingStatus },
  volgende: { soort: AfsluitbareSoort; vervaldatum: Date } | undefined,
  nu: Date,
  interval: (soort: AfsluitbareSoort) => string,
): TePlannenHerinnering[] {
  const plannen: TePlannenHerinnering[] = volgende ? [{ ...volgende, gevraagd: true }] : [];
  if (afgesloten.status === 'gepland' && volgende?.soort !== afgesloten.soort)
    plannen.push({
      soort: afgesloten.soort,
      vervaldatum: volgendMoment(nu, interval(afgesloten.soort)),
      gevraagd: false,
    });
  return plannen;
}
