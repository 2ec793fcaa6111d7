import type { VervangingGeregeldData } from '@wiz/contracts';
import { CaseloadFout } from './caseload-fout';

/** A stand-in: `vervanger` sees `voor`'s caseload from `van` to `tot` (dates, both included). */
export interface Vervanging {
  vervanger: string;
  voor: string;
  van: string;
  tot: string;
}

/** A stand-in as stored: in one organisation, under its own id. */
export interface GeregeldeVervanging extends Vervanging {
  id: string;
  organisatie: string;
}

/** What vervanging-geregeld tells the other services of it. */
export const alsGeregeld = ({ id, ...v }: GeregeldeVervanging): VervangingGeregeldData => ({ vervangingId: id, ...v });

export function controleerVervanging(v: Vervanging): void {
  if (v.vervanger === v.voor) throw CaseloadFout.ongeldig('vervanger', 'Nobody stands in for themselves.');
  if (v.tot < v.van) throw CaseloadFout.ongeldig('tot', 'The stand-in ends before it starts.');
}
