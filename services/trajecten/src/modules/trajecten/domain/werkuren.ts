import { kalenderdag, urenInTienden } from '@wiz/contracts';
import { controleerOpen, TrajectRegelFout, type TrajectToestand } from './traject';

/** What a consulent records: the hours a week from `ingangsdatum`, and those before it when this traject has none. */
export interface WerkurenInvoer {
  urenPerWeek: number;
  vorigeUrenPerWeek?: number;
  ingangsdatum: string;
}

/**
 * The working hours of someone already working outside a placement (an employee at risk, a zzp'er), recorded by
 * the consulent; more hours is een stap vooruit (domain.md, "Monitor counting, completed"). The change lies inside
 * the open traject and has happened: not before the traject started (those hours are where it began), not in the
 * future. The hours before it are the ones recorded in force on its ingangsdatum (`inForce`) unless the consulent
 * names them; the first change in a traject has to. An unchanged number is no change. Answers the hours before it.
 */
export function vorigeWerkuren(
  t: TrajectToestand,
  w: WerkurenInvoer,
  inForce: number | undefined,
  vandaag: string,
): number {
  controleerOpen(t);
  const gestartOp = kalenderdag(new Date(t.stappen[0].van));
  if (w.ingangsdatum > vandaag)
    throw TrajectRegelFout.ongeldig('ingangsdatum', 'lies in the future: record the hours once they apply');
  if (w.ingangsdatum < gestartOp)
    throw TrajectRegelFout.ongeldig(
      'ingangsdatum',
      `lies before the traject started (${gestartOp}): hours from before it are where the traject began`,
    );
  const vorige = w.vorigeUrenPerWeek ?? inForce;
  if (vorige === undefined)
    throw TrajectRegelFout.ongeldig(
      'vorigeUrenPerWeek',
      'required: this traject records no hours in force on the ingangsdatum',
    );
  if (urenInTienden(vorige) === urenInTienden(w.urenPerWeek))
    throw TrajectRegelFout.ongeldig('urenPerWeek', 'equals the hours before it: nothing changes');
  return vorige;
}
