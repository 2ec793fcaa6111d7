import type { Arbeidsmarktstatus, Geslacht, Leeftijdsband, Opleidingsniveau } from '@wiz/contracts';
import type { Deelnemersverloop } from './deelnemersverloop';

/**
 * A participant: the ESF+ entry attributes intake announced (absent = unknown, which makes the participant
 * incomplete for that one indicator only) and the facts after entry the results are computed from.
 */
export interface Deelnemer {
  inwonerId: string;
  gemeentecode: string;
  arbeidsmarktstatus?: Arbeidsmarktstatus;
  /** Unemployed more than 12 months (6 under 25) at entry; only asked of the unemployed. */
  langdurigWerkloos?: boolean;
  leeftijdsband?: Leeftijdsband;
  opleidingsniveau?: Opleidingsniveau;
  geslacht?: Geslacht;
  arbeidsbeperking?: boolean;
  derdelander?: boolean;
  migratieachtergrond?: boolean;
  minderheid?: boolean;
  dakloos?: boolean;
  platteland?: boolean;
  verloop?: Deelnemersverloop;
}

/**
 * Whether a cost line of this participant may be claimed: the participant is known to the register and its gemeente
 * is known, so the eligible area can be checked. Missing ESF+ indicator data does not block the claim (domain.md:
 * it makes the participant incomplete for that indicator only, and the claim reports how many are incomplete).
 */
export function isDeclarabeleDeelnemer(d: Deelnemer | undefined): d is Deelnemer {
  return d !== undefined && Boolean(d.gemeentecode);
}
