import type { AuditRouteTable } from '@wiz/platform';
import { inwonersVanDeclaratie } from './database/inwoners-van';

const DOEL = 'subsidieverantwoording';

/**
 * subsidies' one decision about personal data, route by route: `persoonsgegevens` (cost lines naming their
 * participant, a claim's lines and its export) leave exactly one audit row per successful call naming every inwoner
 * shown or recorded; `zonder` hold schemes, totals and aggregated indicators. The participant register itself has
 * no route: events fill it. The authorization matrix fails on a route on neither list.
 */
export const PERSOONSGEGEVENS: AuditRouteTable = {
  persoonsgegevens: {
    'GET /api/v1/kostenregels': { actie: 'kostenregels-inzien', doel: DOEL, wat: 'kostenregels' },
    'POST /api/v1/kostenregels': { actie: 'kostenregel-vastleggen', doel: DOEL, wat: 'kostenregel' },
    // The participants are in the file and known once the rows are read: the importer writes the row naming them
    // when it stores the lines, within the request or, for a large file, in the job (KostenregelImporteur).
    'POST /api/v1/kostenregels/import': {
      actie: 'kostenregels-importeren',
      doel: DOEL,
      wat: 'kostenregel-import',
      schrijftZelf: true,
    },
    'GET /api/v1/declaraties/:id/regels': { actie: 'declaratieregels-inzien', doel: DOEL, wat: 'declaratie' },
    'GET /api/v1/declaraties/:id/export': {
      actie: 'declaratie-exporteren',
      doel: DOEL,
      wat: 'declaratie',
      inwoners: (m, verzoek) => inwonersVanDeclaratie(m, verzoek),
    },
  },
  zonder: {
    'GET /api/v1/regelingen': 'schemes',
    'POST /api/v1/regelingen': 'a scheme',
    'GET /api/v1/regelingen/:code': 'a scheme',
    'GET /api/v1/declaraties': 'claims: totals and status',
    'POST /api/v1/declaraties': 'compiles a claim; its lines and participants are read through /regels and /export',
    'GET /api/v1/declaraties/:id': 'a claim: totals, cost line ids and aggregated indicators',
    'GET /api/v1/declaraties/:id/audit': "a claim's history of status changes",
    'POST /api/v1/declaraties/:id/indiening': "a claim's submission",
    'GET /api/v1/kostenregels/importen/:id': "an import's progress: counts and row numbers",
  },
};
