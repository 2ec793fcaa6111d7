import { JTF_GEMEENTEN, NPG_GEMEENTEN } from './regio-gemeenten';
import type { RegelingRegel } from './regeling-regel';
import { RegeltabelSchema, type Regeltabel } from './regeltabel';
import { STANDAARD_ROUTEREGELS } from './standaard-routeregels';

/**
 * Which schemes may fund a traject, by eligible area (see regio-gemeenten.ts). Version 2 of the seeded table:
 * no age condition, because no JTF or NPG regeling of the region sets one; a regeling that does is added by
 * beheer as a condition with its `bron`. The migration to version 2 stores exactly this list: a later change to
 * the default is a new migration and a new version, so installs keep agreeing on what each version number means.
 */
export const STANDAARD_REGELINGREGELS: RegelingRegel[] = [
  // JTF: the JTF region Groningen-Emmen (province of Groningen plus Emmen).
  { regeling: 'JTF', gemeentecodes: [...JTF_GEMEENTEN], voorwaarden: {} },
  // NPG: every inwoner of the province of Groningen.
  { regeling: 'NPG', gemeentecodes: [...NPG_GEMEENTEN], voorwaarden: {} },
];

/**
 * The seeded default for arbeidsmarktregio Groningen & Noord-Drenthe (Werk in Zicht), stored as version 2 by the
 * migration of issue 15 (version 1: standaard-regeltabel-v1.ts). Parsed at load time so the default obeys the
 * same rules as any table beheer publishes: a mistake here fails at startup and in tests.
 */
export const STANDAARD_REGELTABEL: Regeltabel = RegeltabelSchema.parse({
  routeregels: STANDAARD_ROUTEREGELS,
  regelingregels: STANDAARD_REGELINGREGELS,
});
