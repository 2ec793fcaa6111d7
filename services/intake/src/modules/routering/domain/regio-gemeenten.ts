import type { Gemeentecode } from '@wiz/contracts';

// POLICY DATA, not logic. These lists feed STANDAARD_REGELTABEL only. When gemeenten merge (herindeling) or a
// scheme's eligible area changes, functioneel beheer publishes a new regeltabel version; the engine never
// reads these constants itself. Codes are CBS gemeentecodes as of 2024.

/** The ten gemeenten of the province of Groningen (2024). */
export const GRONINGSE_GEMEENTEN: readonly Gemeentecode[] = [
  'GM0014', // Groningen
  'GM1950', // Westerwolde
  'GM1952', // Midden-Groningen
  'GM1966', // Het Hogeland
  'GM1969', // Westerkwartier
  'GM1979', // Eemsdelta
  'GM0765', // Pekela
  'GM0047', // Veendam
  'GM0037', // Stadskanaal
  'GM1895', // Oldambt
];

/** Noord-Drenthe: the Drentse part of arbeidsmarktregio Groningen & Noord-Drenthe (Werk in Zicht). */
export const NOORD_DRENTSE_GEMEENTEN: readonly Gemeentecode[] = [
  'GM0106', // Assen
  'GM1680', // Aa en Hunze
  'GM1699', // Noordenveld
  'GM1730', // Tynaarlo
];

/** Emmen is outside Werk in Zicht but inside the Groningen-Emmen JTF region. */
export const EMMEN: Gemeentecode = 'GM0114';

/**
 * Eligible area of the Just Transition Fund region Groningen-Emmen (domain.md, "Rules pinned down later"): the
 * province of Groningen plus Emmen. Noord-Drenthe belongs to Werk in Zicht but not to the JTF region.
 */
export const JTF_GEMEENTEN: readonly Gemeentecode[] = [...GRONINGSE_GEMEENTEN, EMMEN];

/** Eligible area of the Nationaal Programma Groningen: the province of Groningen. */
export const NPG_GEMEENTEN: readonly Gemeentecode[] = GRONINGSE_GEMEENTEN;
