import { CaseloadFout } from './caseload-fout';

/** An employee who may hold trajecten: a token subject, registered by beheer or their organisation's team lead. */
export interface Medewerker {
  subject: string;
  naam: string;
  organisatie: string;
  team: string | null;
  actief: boolean;
}

/**
 * The medewerker named in `field` must be an active colleague in `organisatie`: someone unknown, inactive or of
 * another organisation cannot hold that organisation's trajecten (400, naming the field).
 */
export function eisActieveCollega(
  m: Medewerker | undefined,
  organisatie: string,
  field: string,
): asserts m is Medewerker {
  if (!m || m.organisatie !== organisatie)
    throw CaseloadFout.ongeldig(field, `No medewerker of ${organisatie} with this subject.`);
  if (!m.actief) throw CaseloadFout.ongeldig(field, 'This medewerker is not active.');
}
