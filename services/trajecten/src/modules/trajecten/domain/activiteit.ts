import type { ActiviteitResultaat } from '@wiz/contracts';
import { TrajectRegelFout } from './traject';

export interface ActiviteitToestand {
  startdatum: string;
  resultaat: ActiviteitResultaat | null;
}

/** An activity is completed once, on or after the day it started. */
export function rondActiviteitAf(a: ActiviteitToestand, datum: string): void {
  if (a.resultaat !== null) throw TrajectRegelFout.afgesloten('This activity has already been completed.');
  if (datum < a.startdatum) throw TrajectRegelFout.ongeldig('datum', "must not be before the activity's startdatum");
}
