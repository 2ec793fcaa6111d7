import { CONTRACTVORMEN } from '@wiz/contracts/browser';
import type { Keuze } from './typen';

/** Dutch names of the contract forms, for the placement form and list. */
export const CONTRACTVORM_NAMEN: Record<(typeof CONTRACTVORMEN)[number], string> = {
  vast: 'Vast contract',
  tijdelijk: 'Tijdelijk contract',
  uitzend: 'Uitzendwerk',
  detachering: 'Detachering',
};
export const CONTRACTVORM_KEUZES: Keuze[] = CONTRACTVORMEN.map((c) => ({ waarde: c, tekst: CONTRACTVORM_NAMEN[c] }));

export const jaNee = (ja: boolean) => (ja ? 'Ja' : 'Nee');

/** Hours a week as typed in a Dutch form ("25,5" or "25.5"); NaN when it is no number. */
export const alsUren = (tekst: string) =>
  /^\d+([.,]\d)?$/.test(tekst.trim()) ? Number(tekst.trim().replace(',', '.')) : NaN;

/** An amount in euro as typed ("1250000", "1.250.000,50") to whole cents without floating point; undefined when unreadable. */
export function euroAlsCenten(tekst: string): number | undefined {
  const m = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?$/.exec(tekst.trim());
  if (!m) return undefined;
  const centen = Number(m[1].replace(/\./g, '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(centen) ? centen : undefined;
}
