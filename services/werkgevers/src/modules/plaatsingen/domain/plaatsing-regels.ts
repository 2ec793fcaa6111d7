import { PlaatsingFout } from './plaatsing-fout';

interface Looptijd {
  startdatum: string;
  einddatum: string | null;
}

/** Why a placement cannot end on `einddatum`, or null: it must be running and not end before it started. */
export function beeindigingsFout(p: Looptijd, einddatum: string): PlaatsingFout | null {
  if (p.einddatum) return PlaatsingFout.conflict('This placement has ended already.');
  if (einddatum < p.startdatum)
    return PlaatsingFout.ongeldig('The end is before the start.', 'einddatum', 'must not be before the startdatum');
  return null;
}

/**
 * Why the hours cannot change to `urenPerWeek` from `ingangsdatum`, or null: the placement must be running, the
 * change must not start before it, and the hours must differ from those in force then (`vorige`).
 */
export function urenWijzigingsFout(
  p: Looptijd,
  w: { urenPerWeek: number; ingangsdatum: string },
  vorige: number,
): PlaatsingFout | null {
  if (p.einddatum) return PlaatsingFout.conflict('This placement has ended.');
  if (w.ingangsdatum < p.startdatum)
    return PlaatsingFout.ongeldig(
      'The change starts before the placement.',
      'ingangsdatum',
      'must not be before the startdatum',
    );
  if (w.urenPerWeek === vorige)
    return PlaatsingFout.ongeldig(
      'These are the hours already.',
      'urenPerWeek',
      'must differ from the hours in force at ingangsdatum',
    );
  return null;
}

/** Why the SROI doelgroep cannot be confirmed, or null: only a placement that counts for an obligation has one. */
export function sroiBevestigingsFout(p: { sroiVerplichtingId: string | null }): PlaatsingFout | null {
  return p.sroiVerplichtingId ? null : PlaatsingFout.conflict('This placement does not count for an SROI obligation.');
}
