import { leeftijdsbandOp, type Arbeidsmarktstatus, type Leeftijdsband, type Opleidingsniveau } from '@wiz/contracts';
import type { Situatie } from './aanmelding.types';

/**
 * The ESF+ entry attributes subsidies need, derived once at intake so no other service needs personal data.
 * One labour status per participant: working (incl. self-employed) wins, then benefit → unemployed, else inactive.
 */
export function arbeidsmarktstatus(situatie: Situatie): Arbeidsmarktstatus {
  if (situatie.werkend || situatie.zzp) return 'werkend';
  if (situatie.uitkering === 'ww' || situatie.uitkering === 'participatiewet') return 'werkloos';
  return 'inactief';
}

/** Without a startkwalificatie a person is at most ISCED 2; with one at least ISCED 3. Finer levels come later at intake. */
export function opleidingsniveau(situatie: Situatie): Opleidingsniveau {
  return situatie.startkwalificatie ? 'isced-3-4' : 'isced-0-2';
}

export function deelnemerkenmerken(situatie: Situatie, geboortedatum: string, peildatum: string): {
  arbeidsmarktstatus: Arbeidsmarktstatus;
  leeftijdsband: Leeftijdsband;
  opleidingsniveau: Opleidingsniveau;
  arbeidsbeperking: boolean;
  uitkering: Situatie['uitkering'];
} {
  return {
    arbeidsmarktstatus: arbeidsmarktstatus(situatie),
    leeftijdsband: leeftijdsbandOp(geboortedatum, peildatum),
    opleidingsniveau: opleidingsniveau(situatie),
    arbeidsbeperking: situatie.arbeidsbeperking,
    uitkering: situatie.uitkering,
  };
}
