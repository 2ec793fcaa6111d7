import type { Uitsluitingsreden } from '@wiz/contracts';

/**
 * The exclusion reasons of the contract (UITSLUITINGSREDENEN in @wiz/contracts, which the portaal's Dutch texts
 * are keyed by), listed in PRECEDENCE order: when several apply to one line, the first listed is reported (one
 * reason per line); maakBeoordelaar checks them in this order. Reasons no one can cure come first, so nobody chases
 * a missing document for a line that stays excluded anyway:
 * 1. al-gedeclareerd: the line (or its bewijsstuk under this regeling) was submitted; never claimable again.
 *    Before double funding because it is the stronger fact when a bewijsstuk was submitted under both.
 * 2. dubbele-financiering: its bewijsstuk was paid by another fund; may never be claimed here.
 * 3. buiten-periode: the date is a fact of the line.
 * 4. buiten-regio: the participant's gemeente is a fact about the person.
 * 5. geen-bewijsstuk: curable, upload the document.
 * 6. deelnemer-onvolledig: curable, complete the participant's data.
 * 7. gedekt-door-flat-rate: a line that would be claimed, but the regeling claims a flat rate on direct staff costs,
 *    which covers every other cost of the operation (EU CPR 2021/1060 art. 56, domain.md), so a line of another kind
 *    is not claimed beside it. Last, so each of the contract's six reasons keeps meaning what it says.
 */
export { UITSLUITINGSREDENEN, UitsluitingsredenSchema, type Uitsluitingsreden } from '@wiz/contracts';

export interface Uitsluiting {
  kostenregelId: string;
  reden: Uitsluitingsreden;
}
