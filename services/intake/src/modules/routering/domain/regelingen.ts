import type { RegelingCode } from '@wiz/contracts';
import type { RegelingRegel } from './regeling-regel';
import type { RouteringsInvoer } from './routerings-invoer';
import { voldoetAan } from './voldoet-aan';

/**
 * The regelingen that may pay for this inwoner's traject: the gemeente lies in the scheme's area and the
 * conditions hold. Sorted and distinct, so the same situation always yields the same list (stable events, tests).
 */
export function passendeRegelingen(regelingregels: RegelingRegel[], invoer: RouteringsInvoer): RegelingCode[] {
  const passend = regelingregels
    .filter((regel) => regel.gemeentecodes.includes(invoer.gemeentecode) && voldoetAan(regel.voorwaarden, invoer))
    .map((regel) => regel.regeling);
  return [...new Set(passend)].sort();
}
