import { addIsoDuration, DomainError, kalenderdag, parseIsoDuration } from '@wiz/contracts';
import type { OpvolgingSoort, OpvolgingStatus } from './opvolging';

/** Half a year after its start a placement is duurzaam when the person is still at work for at least 24 hours a week. */
export const DUURZAAM_MINIMUM_UREN = 24;

export function isDuurzaam(inDienst: boolean, urenPerWeek: number): boolean {
  return inDienst && urenPerWeek >= DUURZAAM_MINIMUM_UREN;
}

/**
 * When the duurzaamheidscheck is due: DUURZAAMHEIDSCHECK_NA after the placement's start. A period in calendar terms
 * (P6M) is counted from the start date, on the calendar, so the check falls on the day half a year after it (31 March
 * gives 30 September) whatever the hour the placement was recorded. A period of hours or seconds alone (PT5S in
 * tests) counts from the moment it was recorded when that was on the start day as the region counts days: a test
 * waits five seconds, not until five seconds past midnight. A start long past gives a moment in the past: the check
 * is due at once.
 */
export function vervaldatumDuurzaamheidscheck(startdatum: string, vastgelegdOp: Date, na: string): Date {
  const duur = parseIsoDuration(na);
  const opKalender = duur.years + duur.months + duur.weeks + duur.days > 0;
  const startdag = new Date(`${startdatum}T00:00:00.000Z`);
  const basis = !opKalender && kalenderdag(vastgelegdOp) === startdatum ? vastgelegdOp : startdag;
  return addIsoDuration(basis, duur);
}

/** A follow-up whose outcome cannot be recorded (now): a conflict with its kind or state, 409. */
export class UitkomstNietMogelijk extends DomainError {
  readonly kind = 'conflict';

  constructor(message: string) {
    super(message);
  }
}

/** Only a duurzaamheidscheck has an outcome, and only once it is due and not yet recorded. */
export function eisUitkomstTeRegistreren(o: { soort: OpvolgingSoort; status: OpvolgingStatus }): void {
  if (o.soort !== 'duurzaamheidscheck')
    throw new UitkomstNietMogelijk('Only a duurzaamheidscheck has an outcome to record.');
  if (o.status === 'gepland') throw new UitkomstNietMogelijk('This duurzaamheidscheck is not due yet.');
  if (o.status !== 'open')
    throw new UitkomstNietMogelijk('The outcome of this duurzaamheidscheck has been recorded already.');
}
