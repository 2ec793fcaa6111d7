import { unscoped, type RuleTable } from './authorization-matrix';

/**
 * The authorization matrix rules of the retention routes every service with a BewaartermijnenModule serves:
 * `...bewaartermijnRules()` in the service's rule table.
 */
export function bewaartermijnRules(): RuleTable {
  const why = 'beheer of the region: the retention run belongs to no organisation';
  return {
    'POST /api/v1/bewaartermijnen/uitvoeringen': { roles: ['beheer'], ...unscoped(202), why },
    'GET /api/v1/bewaartermijnen/uitvoeringen/:uitvoeringId': {
      roles: ['beheer'],
      ...unscoped(404),
      why: `${why}; an unknown run is 404 to every role allowed in`,
      request: () => ({ params: { uitvoeringId: '00000000-0000-4000-8000-000000000000' } }),
    },
  };
}
