import { zonderAccentenKleineLetters } from './naam-normalisatie';

/**
 * People without a BSN are registered too, so the same person can arrive twice. We never merge silently: two
 * inwoners with the same surname (compared without accents, spaces, apostrophes or hyphens), birth date and
 * postcode are flagged as a likely duplicate for front-office staff to check. Two records that both carry a BSN
 * are different people by definition (the BSN decides), so they are never flagged.
 */
export function dubbelSleutel(achternaam: string, geboortedatum: string, postcode: string): string {
  const naam = zonderAccentenKleineLetters(achternaam).replace(/[^a-z]/g, '');
  return `${naam}|${geboortedatum}|${postcode.replace(/\s/g, '').toUpperCase()}`;
}

export function magDubbelZijn(nieuwHeeftBsn: boolean, bestaandHeeftBsn: boolean): boolean {
  return !(nieuwHeeftBsn && bestaandHeeftBsn);
}
