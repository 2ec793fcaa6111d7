import { JTF_GEMEENTEN, JTF_MINIMUMLEEFTIJD, NPG_GEMEENTEN } from './regio-gemeenten';
import type { RegelingRegel } from './regeling-regel';
import { RegeltabelSchema, type Regeltabel } from './regeltabel';
import { STANDAARD_ROUTEREGELS } from './standaard-routeregels';

/** Which schemes may fund a traject, by eligible area (see regio-gemeenten.ts). */
export const STANDAARD_REGELINGREGELS: RegelingRegel[] = [
  // JTF: Groningen-Emmen JTF region, adult participants only.
  { regeling: 'JTF', gemeentecodes: [...JTF_GEMEENTEN], voorwaarden: { leeftijdVan: JTF_MINIMUMLEEFTIJD } },
  // NPG: every inwoner of the province of Groningen.
  { regeling: 'NPG', gemeentecodes: [...NPG_GEMEENTEN], voorwaarden: {} },
];

/**
 * The seeded default for arbeidsmarktregio Groningen & Noord-Drenthe (Werk in Zicht). Parsed at load time so
 * the default obeys the same rules as any table beheer publishes: a mistake here fails at startup and in tests.
 */
export const STANDAARD_REGELTABEL: Regeltabel = RegeltabelSchema.parse({
  routeregels: STANDAARD_ROUTEREGELS,
  regelingregels: STANDAARD_REGELINGREGELS,
});
