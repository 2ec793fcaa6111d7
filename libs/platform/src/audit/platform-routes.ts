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
    'GET /api/v1/dead-letters': 'events, which never carry personal data',
    'GET /api/v1/dead-letters/:id': 'an event, which never carries personal data',
    'POST /api/v1/dead-letters/:id/replay': 'an event, which never carries personal data',
    'GET /api/v1/audit/ongebruikelijk': 'users and counts of what they read, no inwoner',
    // The retention run (libs/platform/src/privacy), where a service mounts it: counts per kind, no person.
    'POST /api/v1/bewaartermijnen/uitvoeringen': 'starts a retention run',
    'GET /api/v1/bewaartermijnen/uitvoeringen/:uitvoeringId': 'a retention run: counts per kind',
  },
};
