import { isRealIsoDate } from '@wiz/contracts';

function vereisDatum(isoDate: string, naam: string): void {
  if (!isRealIsoDate(isoDate))
    throw new RangeError(`${naam} must be a real YYYY-MM-DD date, got ${JSON.stringify(isoDate)}`);
}

/**
 * True when something running from `start` to `eind` (inclusive; null = still open) falls at least one day in
 * the report period `van`..`tot` (inclusive). Valid YYYY-MM-DD dates compare correctly as strings. An empty
 * period (ending before it starts) overlaps nothing.
 */
export function overlaptPeriode(start: string, eind: string | null, van: string, tot: string): boolean {
  vereisDatum(start, 'start');
  if (eind !== null) vereisDatum(eind, 'eind');
  vereisDatum(van, 'van');
  vereisDatum(tot, 'tot');
  if (van > tot || (eind !== null && eind < start)) return false;
  return start <= tot && (eind === null || eind >= van);
}
