import { CaseloadFout } from './caseload-fout';

/** A stand-in: `vervanger` sees `voor`'s caseload from `van` to `tot` (dates, both included). */
export interface Vervanging {
  vervanger: string;
  voor: string;
  van: string;
  tot: string;
}

export function controleerVervanging(v: Vervanging): void {
  if (v.vervanger === v.voor) throw CaseloadFout.ongeldig('vervanger', 'Nobody stands in for themselves.');
  if (v.tot < v.van) throw CaseloadFout.ongeldig('tot', 'The stand-in ends before it starts.');
}
