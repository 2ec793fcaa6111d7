import type { AuditRoute, AuditRouteTable } from '@wiz/platform';
import { inwonersVanTrajecten } from './database/inwoners-van';

const traject = (actie: string): AuditRoute => ({
  actie,
  doel: 'begeleiding',
  wat: 'traject',
  inwoners: inwonersVanTrajecten('traject'),
});
const lijst = (actie: string, wat: string): AuditRoute => ({
  actie,
  doel: 'begeleiding',
  wat,
  inwoners: inwonersVanTrajecten('geen'),
});
const via = (actie: string, wat: 'opvolging' | 'overdracht'): AuditRoute => ({
  actie,
  doel: 'begeleiding',
  wat,
  inwoners: inwonersVanTrajecten(wat),
});

/** The inwoner's own reads (issue 20): EigenInzage writes the row itself, naming the caller (role inwoner). */
const eigen = (actie: string, wat: string, id?: string): AuditRoute => ({
  actie,
  doel: 'eigen-gegevens',
  wat,
  ...(id ? { id } : {}),
});

/**
 * trajecten's one decision about personal data, route by route: `persoonsgegevens` leave exactly one audit row
 * per successful call naming every inwoner shown or changed (the journal and plan reads write theirs through
 * DossierInzage; the others through the platform's interceptor from this entry); `zonder` hold no person-linked
 * data. The authorization matrix fails on a route on neither list.
 */
export const PERSOONSGEGEVENS: AuditRouteTable = {
  persoonsgegevens: {
    'GET /api/v1/caseload': lijst('caseload-inzien', 'caseload'),
    'GET /api/v1/caseload/team': lijst('caseload-team-inzien', 'caseload'),
    'GET /api/v1/trajecten': lijst('trajecten-inzien', 'trajecten'),
    'GET /api/v1/trajecten/:id': traject('traject-inzien'),
    'POST /api/v1/trajecten/:id/activiteiten': traject('activiteit-starten'),
    'POST /api/v1/trajecten/:id/activiteiten/:activiteitId/afronding': traject('activiteit-afronden'),
    'POST /api/v1/trajecten/:id/afsluiting': traject('traject-afsluiten'),
    'POST /api/v1/trajecten/:id/participatieladder': traject('ladder-wijzigen'),
    'POST /api/v1/trajecten/:id/werkuren': traject('werkuren-vastleggen'),
    'POST /api/v1/trajecten/:id/stappen': traject('stap-zetten'),
    'POST /api/v1/trajecten/:id/toewijzing': traject('traject-toewijzen'),
    'GET /api/v1/trajecten/:id/notities': traject('journaal-inzien'),
    'POST /api/v1/trajecten/:id/notities': traject('notitie-schrijven'),
    'POST /api/v1/trajecten/:id/notities/:notitieId/correcties': traject('notitie-corrigeren'),
    'GET /api/v1/trajecten/:id/plan': traject('plan-inzien'),
    'POST /api/v1/trajecten/:id/plan/akkoord': traject('plan-akkoord-vastleggen'),
    'POST /api/v1/trajecten/:id/plan/doelen': traject('plandoel-toevoegen'),
    'POST /api/v1/trajecten/:id/plan/doelen/:doelId/acties': traject('planactie-toevoegen'),
    'POST /api/v1/trajecten/:id/plan/doelen/:doelId/acties/:actieId/status': traject('planstatus-zetten'),
    'POST /api/v1/trajecten/:id/plan/doelen/:doelId/status': traject('planstatus-zetten'),
    'GET /api/v1/trajecten/:id/overdrachten': traject('overdrachten-inzien'),
    'POST /api/v1/trajecten/:id/overdrachten': traject('overdracht-voorstellen'),
    'GET /api/v1/overdrachten': lijst('overdrachten-inzien', 'overdrachten'),
    'POST /api/v1/overdrachten/:id/acceptatie': via('overdracht-accepteren', 'overdracht'),
    'POST /api/v1/overdrachten/:id/afwijzing': via('overdracht-afwijzen', 'overdracht'),
    'GET /api/v1/opvolgingen': lijst('opvolgingen-inzien', 'opvolgingen'),
    'GET /api/v1/opvolgingen/:id': via('opvolging-inzien', 'opvolging'),
    'POST /api/v1/opvolgingen/:id/afsluiting': via('opvolging-afsluiten', 'opvolging'),
    'POST /api/v1/opvolgingen/:id/uitkomst': via('opvolging-uitkomst-vastleggen', 'opvolging'),
    'GET /api/v1/mijn/trajecten': eigen('mijn-trajecten-inzien', 'trajecten'),
    'GET /api/v1/mijn/resultaten': eigen('mijn-resultaten-inzien', 'resultaten'),
    'GET /api/v1/mijn/resultaten/:resultaatId/certificaat': eigen('certificaat-downloaden', 'resultaat', 'resultaatId'),
    'GET /api/v1/mijn/resultaten/:resultaatId/credential': eigen('credential-uitgeven', 'resultaat', 'resultaatId'),
  },
  zonder: {
    'GET /api/v1/medewerkers': 'medewerkers and their teams: staff, not inwoners',
    'PUT /api/v1/medewerkers/:subject': 'a medewerker: staff, not an inwoner',
    'POST /api/v1/vervangingen': 'a stand-in between medewerkers',
    'PUT /api/v1/toewijzingsregels/:organisatie': "an organisation's assignment rule",
    'GET /api/v1/monitor': 'counts, never a person',
    'GET /api/v1/monitor/gebeurtenissen': 'a stream of counts, never a person',
    'GET /api/v1/monitor/gemeenten': 'counts per gemeente',
    'GET /api/v1/rapportages': 'published council reports: aggregated figures',
    'POST /api/v1/rapportages': 'publishes aggregated figures',
    'GET /api/v1/rapportages/:id': 'aggregated figures',
    'GET /api/v1/rapportages/:id/bestand': 'aggregated figures as a file',
    'GET /api/v1/rapportages/voorbeeld': 'aggregated figures',
    'GET /api/v1/streefwaarden': 'targets per gemeente',
    'POST /api/v1/streefwaarden': 'a target',
    'GET /api/v1/wachtrijen': 'queue lengths',
    'GET /api/v1/credentials/sleutels': 'public keys of the region',
    'POST /api/v1/credentials/verificaties':
      'checks a credential someone presents (an employer, no login): linked to no inwoner record, nothing stored',
  },
};
