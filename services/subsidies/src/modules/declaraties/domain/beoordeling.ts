import { Deelnemer, isDeclarabeleDeelnemer } from './deelnemer';
import type { Ingediend } from './ingediend';
import type { Kostenregel } from './kostenregel';
import type { Regeling } from './regeling';
import { UITSLUITINGSREDENEN, Uitsluitingsreden } from './uitsluitingsreden';

export type Beoordeling =
  { readonly opgenomen: true } | { readonly opgenomen: false; readonly reden: Uitsluitingsreden };

// Shared frozen answers: judging a million lines allocates no object per line.
const OPGENOMEN: Beoordeling = Object.freeze({ opgenomen: true });
const UITGESLOTEN = Object.fromEntries(
  UITSLUITINGSREDENEN.map((reden) => [reden, Object.freeze({ opgenomen: false, reden })]),
) as Record<Uitsluitingsreden, Beoordeling>;

/**
 * The reasons maakBeoordelaar checks, in its order. A reason added to the contract (UITSLUITINGSREDENEN) does not
 * compile here until it is checked below and listed, so no reason exists that no line can get. The spec compares
 * this list with the contract's precedence order.
 */
export const GECONTROLEERDE_REDENEN = [
  'al-gedeclareerd',
  'dubbele-financiering',
  'buiten-periode',
  'buiten-regio',
  'geen-bewijsstuk',
  'deelnemer-onvolledig',
  'gedekt-door-flat-rate',
] as const satisfies readonly Uitsluitingsreden[];
type NietGecontroleerd = Exclude<Uitsluitingsreden, (typeof GECONTROLEERDE_REDENEN)[number]>;
const elkeRedenGecontroleerd: [NietGecontroleerd] extends [never] ? true : NietGecontroleerd = true;
void elkeRedenGecontroleerd;

function bewijsstukVan(regel: Kostenregel): string | undefined {
  return regel.bewijsstuk != null && regel.bewijsstuk.trim() !== '' ? regel.bewijsstuk : undefined;
}

/**
 * Prepares the judgement of many lines of one regeling (the eligible area as a Set, looked up once per line).
 * The checks run in the precedence order documented on UITSLUITINGSREDENEN; the first that applies is the reason.
 */
export function maakBeoordelaar(
  regeling: Regeling,
  deelnemers: ReadonlyMap<string, Deelnemer>,
  ingediend: Ingediend,
): (regel: Kostenregel) => Beoordeling {
  const regio: ReadonlySet<string> = new Set(regeling.gemeentecodes);
  const { code, startdatum, einddatum } = regeling;
  // A flat rate of 0% adds nothing and so covers nothing either.
  const flatRate = (regeling.flatRatePercentage ?? 0) > 0;
  return (regel) => {
    const bewijsstuk = bewijsstukVan(regel);
    const eerderOnder = bewijsstuk === undefined ? undefined : ingediend.ingediendeBewijsstukken.get(bewijsstuk);
    if (ingediend.ingediendeRegels.has(regel.id) || eerderOnder?.has(code)) return UITGESLOTEN['al-gedeclareerd'];
    // The own regeling was ruled out above, so any code left is another fund.
    if (eerderOnder !== undefined && eerderOnder.size > 0) return UITGESLOTEN['dubbele-financiering'];
    if (regel.datum < startdatum || regel.datum > einddatum) return UITGESLOTEN['buiten-periode'];
    const metDeelnemer = regel.inwonerId != null;
    const deelnemer = metDeelnemer ? deelnemers.get(regel.inwonerId!) : undefined;
    // Only a known gemeente can be outside the area; an unknown one makes the participant incomplete instead.
    if (deelnemer?.gemeentecode && !regio.has(deelnemer.gemeentecode)) return UITGESLOTEN['buiten-regio'];
    if (bewijsstuk === undefined) return UITGESLOTEN['geen-bewijsstuk'];
    if (metDeelnemer && !isDeclarabeleDeelnemer(deelnemer)) return UITGESLOTEN['deelnemer-onvolledig'];
    if (flatRate && regel.soort !== 'personeel') return UITGESLOTEN['gedekt-door-flat-rate'];
    return OPGENOMEN;
  };
}

/** Judges one line: included, or excluded with exactly one reason. For many lines use maakBeoordelaar. */
export function beoordeelKostenregel(
  regel: Kostenregel,
  regeling: Regeling,
  deelnemers: ReadonlyMap<string, Deelnemer>,
  ingediend: Ingediend,
): Beoordeling {
  return maakBeoordelaar(regeling, deelnemers, ingediend)(regel);
}
