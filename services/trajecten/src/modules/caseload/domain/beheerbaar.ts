import { CaseloadFout } from './caseload-fout';

/**
 * A team lead manages their own organisation's medewerkers, rules and stand-ins, beheer every organisation's;
 * another organisation's are not there for them (404). `magZien` is the platform's `maySee` for the caller.
 */
export function eisBeheerbaar(magZien: boolean, wat: string): void {
  if (!magZien) throw CaseloadFout.onbekend(`${wat} not found.`);
}
