import { EMMEN, GRONINGSE_GEMEENTEN, NOORD_DRENTSE_GEMEENTEN, NPG_GEMEENTEN } from './regio-gemeenten';
import type { RegelingRegel } from './regeling-regel';
import { STANDAARD_ROUTEREGELS } from './standaard-routeregels';

// HISTORY, never edit: routing table version 1 as it was seeded until issue 15. It counted Noord-Drenthe to the
// JTF region and applied a JTF minimum age of 18 that no regeling states. It stays stored (and reproducible here)
// because the aanmeldingen it routed keep pointing at it; the migration to version 2 writes it on installs that
// never had it, so version numbers mean the same table everywhere.
const REGELINGREGELS_V1: RegelingRegel[] = [
  {
    regeling: 'JTF',
    gemeentecodes: [...GRONINGSE_GEMEENTEN, EMMEN, ...NOORD_DRENTSE_GEMEENTEN],
    voorwaarden: { leeftijdVan: 18 },
  },
  { regeling: 'NPG', gemeentecodes: [...NPG_GEMEENTEN], voorwaarden: {} },
];

/** Not parsed with RegeltabelSchema: it predates the rule that an age limit names its source. */
export const STANDAARD_REGELTABEL_V1 = { routeregels: STANDAARD_ROUTEREGELS, regelingregels: REGELINGREGELS_V1 };
