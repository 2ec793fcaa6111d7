import {
  ARBEIDSMARKTSTATUSSEN,
  Arbeidsmarktstatus,
  Geslacht,
  LEEFTIJDSBANDEN,
  Leeftijdsband,
  OPLEIDINGSNIVEAUS,
  Opleidingsniveau,
} from '@wiz/contracts';

/** A participant with the ESF+ entry attributes and results on leaving that EU schemes report. */
export interface Deelnemer {
  inwonerId: string;
  gemeentecode: string;
  arbeidsmarktstatus?: Arbeidsmarktstatus;
  leeftijdsband?: Leeftijdsband;
  opleidingsniveau?: Opleidingsniveau;
  geslacht?: Geslacht;
  /** Absent means no disability recorded. */
  arbeidsbeperking?: boolean;
  resultaten?: {
    onderwijs?: boolean;
    kwalificatie?: boolean;
    werkBinnenVierWeken?: boolean;
    werkNaZesMaanden?: boolean;
  };
}

const STATUSSEN: ReadonlySet<string> = new Set(ARBEIDSMARKTSTATUSSEN);
const BANDEN: ReadonlySet<string> = new Set(LEEFTIJDSBANDEN);
const NIVEAUS: ReadonlySet<string> = new Set(OPLEIDINGSNIVEAUS);

/**
 * True when the participant can be reported: the three ESF+ entry indicators hold a known value (a value from
 * outside the enums cannot be reported, so it counts as missing) and the gemeente is known (without it the
 * eligible area cannot be checked). Gender and disability are optional in the ESF+ common indicators.
 */
export function isVolledigeDeelnemer(d: Deelnemer): boolean {
  return (
    Boolean(d.gemeentecode) &&
    STATUSSEN.has(d.arbeidsmarktstatus as string) &&
    BANDEN.has(d.leeftijdsband as string) &&
    NIVEAUS.has(d.opleidingsniveau as string)
  );
}
