import type { AuditRouteTable } from './audit-routes';

/** The routes every service gets from the platform, decided once here. */
export const PLATFORM_AUDIT_ROUTES: AuditRouteTable = {
  persoonsgegevens: {
    // Written by the controller itself (actie audit-inzien), naming the inwoner asked about.
    'GET /api/v1/audit': { actie: 'audit-inzien', doel: 'toezicht-gegevensbescherming', wat: 'audit-inwoner' },
    // The inwoner's own (issue 20), written by MijnInzage naming the caller.
    'GET /api/v1/mijn/inzage': { actie: 'mijn-inzage', doel: 'eigen-gegevens', wat: 'audit-inwoner' },
    'GET /api/v1/mijn/gegevens-export': {
      actie: 'mijn-gegevens-export',
      doel: 'eigen-gegevens',
      wat: 'gegevens-export',
    },
    // Events name inwoners by id, and an aanmelding's carries their situation (benefit, disability, homelessness):
    // each inwoner in the dead letters read is named.
    'GET /api/v1/dead-letters': {
      actie: 'dead-letters-inzien',
      doel: 'berichtenverkeer-herstellen',
      wat: 'dead-letters',
    },
    'GET /api/v1/dead-letters/:id': {
      actie: 'dead-letter-inzien',
      doel: 'berichtenverkeer-herstellen',
      wat: 'dead-letter',
    },
  },
  zonder: {
    'GET /health/live': 'liveness',
    'GET /health/ready': 'readiness',
    'GET /metrics': 'counters, no records',
    'GET /api/v1/openapi.json': 'the API description',
    'GET /api/v1/openapi.yaml': 'the API description',
    'GET /api/v1/docs': 'Swagger UI',
    'GET /api/v1/docs/': 'Swagger UI',
    'GET /api/v1/docs/index.html': 'Swagger UI',
    'GET /api/v1/docs/LICENSE': 'Swagger UI',
    'GET /api/v1/docs/swagger-ui-init.js': 'Swagger UI',
    'GET /api/v1/docs/docs/swagger-ui-init.js': 'Swagger UI',
    'GET /api/v1/docs/*': 'Swagger UI',
    'GET /api/v1/docs/docs/*': 'Swagger UI',
    'POST /api/v1/dead-letters/:id/replay': 'applies a dead letter again; its answer shows no event data',
    'GET /api/v1/audit/ongebruikelijk': 'users and counts of what they read, no inwoner',
    // The retention run (libs/platform/src/privacy), where a service mounts it: counts per kind, no person.
    'POST /api/v1/bewaartermijnen/uitvoeringen': 'starts a retention run',
    'GET /api/v1/bewaartermijnen/uitvoeringen/:uitvoeringId': 'a retention run: counts per kind',
  },
};
