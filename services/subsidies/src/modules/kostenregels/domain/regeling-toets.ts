import type { KostenregelInvoer } from './kostenregel-invoer';
import type { ImportVeldFout } from './import-rij';

/** Per regeling code, the cost kinds it allows (what the store of regelingen knows about a line). */
export type ToegestaneKostensoorten = ReadonlyMap<string, ReadonlySet<string>>;

/** What is wrong with a line given the regelingen: an unknown scheme, or a cost kind it does not allow. */
export function foutenTegenRegelingen(regelingen: ToegestaneKostensoorten, r: KostenregelInvoer): ImportVeldFout[] {
  const toegestaan = regelingen.get(r.regelingCode);
  if (!toegestaan) return [{ veld: 'regelingCode', melding: `unknown regeling ${r.regelingCode}` }];
  if (!toegestaan.has(r.soort))
    return [{ veld: 'soort', melding: `regeling ${r.regelingCode} has no cost kind ${r.soort}` }];
  return [];
}
