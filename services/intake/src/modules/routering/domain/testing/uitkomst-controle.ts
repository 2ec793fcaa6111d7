import { GEMEENTECODE_PATTERN, REGELING_CODES, STAPPEN } from '@wiz/contracts';
import type { RouteringsUitkomst } from '../routeer';

const REGIONALE_UITVOERDERS = ['UWV', 'talentperron', 'leerwerkloket'];

/**
 * Everything that makes an outcome a real route, as a list of problems (empty = fine). Returning problems
 * instead of asserting lets exhaustive loops report all failures at once.
 */
export function problemenMetUitkomst(uitkomst: RouteringsUitkomst): string[] {
  const problemen: string[] = [];
  if (!STAPPEN.includes(uitkomst.stap)) problemen.push(`unknown stap ${uitkomst.stap}`);
  if (uitkomst.dienst.trim() === '') problemen.push('empty dienst');
  if (uitkomst.toelichting.trim() === '') problemen.push('empty toelichting');
  if (uitkomst.regel.trim() === '') problemen.push('no rule name');
  if (!GEMEENTECODE_PATTERN.test(uitkomst.organisatie) && !REGIONALE_UITVOERDERS.includes(uitkomst.organisatie)) {
    problemen.push(`organisatie ${uitkomst.organisatie} is neither a gemeentecode nor UWV/talentperron/leerwerkloket`);
  }
  if (!uitkomst.regelingen.every((regeling) => (REGELING_CODES as readonly string[]).includes(regeling))) {
    problemen.push(`unknown regeling in ${uitkomst.regelingen.join(',')}`);
  }
  const gesorteerdUniek = [...new Set(uitkomst.regelingen)].sort();
  if (gesorteerdUniek.join() !== uitkomst.regelingen.join()) problemen.push('regelingen not sorted and distinct');
  return problemen;
}
