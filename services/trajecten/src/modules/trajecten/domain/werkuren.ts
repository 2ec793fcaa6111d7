import { kalenderdag, urenInTienden } from '@wiz/contracts';
import { controleerOpen, TrajectRegelFout, type TrajectToestand } from './traject';

/** What a consulent records: the hours a week from `ingangsdatum`, and those before it when this traject has none. */
export interface WerkurenInvoer {
  urenPerWeek: number;
  vorigeUrenPerWeek?: number;
  ingangsdatum: string;
}

/** The newest change a traject records: the hours in force from its ingangsdatum on. */
export interface LaatsteWerkuren {
  ingangsdatum: string;
  urenPerWeek: number;
}

/**
 * The working hours of someone already working outside a placement (an employee at risk, a zzp'er), recorded by
 * the consulent; more hours is een stap vooruit (domain.md, "Monitor counting, completed"), so the hours before a
 * change must be the ones the traject holds. Changes are recorded in the order they apply, inside the open traject,
 * once they have happened: not before the traject started (those hours are where it began), not before the newest
 * change recorded (`laatste`), not in the future. The first change names the hours before it; a later one takes
 * those of the newest change, and may repeat them but not contradict them. An unchanged number is no change.
 * Answers the hours before the change.
 */
export function vorigeWerkuren(
  t: TrajectToestand,
  w: WerkurenInvoer,
  laatste: LaatsteWerkuren | undefined,
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
  if (laatste && w.ingangsdatum < laatste.ingangsdatum)
    throw TrajectRegelFout.ongeldig(
      'ingangsdatum',
      `lies before the newest change recorded (from ${laatste.ingangsdatum}): record changes in the order they apply`,
    );
  if (laatste && w.vorigeUrenPerWeek !== undefined && !gelijk(w.vorigeUrenPerWeek, laatste.urenPerWeek))
    throw TrajectRegelFout.ongeldig(
      'vorigeUrenPerWeek',
      `the traject records ${laatste.urenPerWeek} hours a week from ${laatste.ingangsdatum}: leave it out`,
    );
  const vorige = laatste?.urenPerWeek ?? w.vorigeUrenPerWeek;
  if (vorige === undefined)
    throw TrajectRegelFout.ongeldig('vorigeUrenPerWeek', 'required for the first hours this traject records');
  if (gelijk(vorige, w.urenPerWeek))
    throw TrajectRegelFout.ongeldig('urenPerWeek', 'equals the hours before it: nothing changes');
  return vorige;
}

const gelijk = (a: number, b: number) => urenInTienden(a) === urenInTienden(b);
