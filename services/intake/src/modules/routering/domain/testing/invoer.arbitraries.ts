import fc from 'fast-check';
import { KANALEN, UITKERINGEN } from '@wiz/contracts';
import { HULPVRAAG_SOORTEN } from '../hulpvraag-soort';
import type { RouteringsInvoer } from '../routerings-invoer';

// Test-only generators (not exported from index.ts). A small pool of gemeentecodes makes gemeente conditions
// match often enough to matter, while any GM#### code keeps the whole input space in play.
export const GEMEENTE_POOL = ['GM0014', 'GM0114', 'GM0106', 'GM0363', 'GM1950'];
export const gemeentecode = fc.oneof(fc.constantFrom(...GEMEENTE_POOL), fc.stringMatching(/^GM\d{4}$/));

const verplicht = [
  'uitkering',
  'werkend',
  'zzp',
  'arbeidsbeperking',
  'statushouder',
  'startkwalificatie',
  'leeftijd',
  'gemeentecode',
  'kanaal',
  'hulpvraagSoort',
] as const;

/** Every well-formed RouteringsInvoer: all enums, booleans, ages 0–120, any GM code, with and without a ladder rung. */
export const routeringsInvoer: fc.Arbitrary<RouteringsInvoer> = fc.record(
  {
    uitkering: fc.constantFrom(...UITKERINGEN),
    werkend: fc.boolean(),
    zzp: fc.boolean(),
    arbeidsbeperking: fc.boolean(),
    statushouder: fc.boolean(),
    startkwalificatie: fc.boolean(),
    leeftijd: fc.integer({ min: 0, max: 120 }),
    gemeentecode,
    kanaal: fc.constantFrom(...KANALEN),
    hulpvraagSoort: fc.constantFrom(...HULPVRAAG_SOORTEN),
    participatieladder: fc.integer({ min: 1, max: 6 }),
  },
  { requiredKeys: [...verplicht] },
);
