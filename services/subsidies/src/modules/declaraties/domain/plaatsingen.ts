import type { Duurzaamheidscheck, Plaatsing, Urenwijziging } from './deelnemersverloop';

/**
 * Whether the placement ran on some day from `van` to `tot` (inclusive): started by `tot`, not ended before `van`,
 * and no duurzaamheidscheck on or before `van` found the person out of service (the check may be the only sign of
 * an ending werkgevers never reported).
 */
export function isWerkendOp(
  p: Plaatsing & { startdatum: string },
  checks: readonly Duurzaamheidscheck[],
  van: string,
  tot: string,
): boolean {
  if (p.startdatum > tot) return false;
  if (p.einddatum !== undefined && p.einddatum < van) return false;
  return !checks.some((c) => c.plaatsingId === p.plaatsingId && !c.inDienst && c.vastgesteldOp <= van);
}

/** For someone already working at entry: a permanent contract, or more hours per week from a date up to `op`. */
export function kreegMeerUrenOfVastContract(p: Plaatsing, wijzigingen: readonly Urenwijziging[], op: string): boolean {
  if (p.contractvorm === 'vast') return true;
  return wijzigingen.some(
    (w) => w.plaatsingId === p.plaatsingId && w.ingangsdatum <= op && w.urenPerWeek > w.vorigeUrenPerWeek,
  );
}
