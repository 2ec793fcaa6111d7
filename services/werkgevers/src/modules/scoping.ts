import type { ScopingPolicy } from '@wiz/platform';

/**
 * Werkgevers' scoping policy, the one table every controller asks (through `assertReach` and `listedOrganisation`).
 * Employers (with their contacts and vacancies), arrangements and SROI obligations are the region's: the
 * werkgeversservicepunt works for every gemeente, so every employer team reads them, and the organisation that
 * recorded one (or beheer) changes it. A placement concerns a person: it is read and changed only by the
 * organisation whose traject it is now (after a handover the receiving one, from traject-toegewezen) and the
 * organisation that placed the person (and beheer). A candidate profile
 * is the traject's: its consulent sets and releases it; employer teams see candidates only pseudonymously, the
 * profile behind the consent gate (`magProfielZien`). The rapportage is a regional aggregate without persons.
 */
export const SCOPING = {
  werkgever: { read: 'region', write: 'owners' },
  arrangement: { read: 'region', write: 'owners' },
  sroiVerplichting: { read: 'region', write: 'owners' },
  plaatsing: { read: 'owners', write: 'owners' },
  kandidaatprofiel: { read: 'owners', write: 'owners' },
} as const satisfies ScopingPolicy<string>;
