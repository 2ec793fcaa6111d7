import type { AuditRoute, AuditRouteTable } from '@wiz/platform';

const route = (actie: string, doel: string, wat: string, id?: string): AuditRoute => ({ actie, doel, wat, id });

/**
 * A withdrawal answers only once its event is in the stream, after its transaction committed (see TrekToestemmingIn):
 * so its row is written after the work, naming the consent's inwoner (the /mijn path names none).
 */
const intrekking: AuditRoute = {
  ...route('toestemming-wijzigen', 'toestemming-vastleggen', 'toestemming', 'toestemmingId'),
  naAanname: true,
  inwoners: async (m, verzoek) =>
    (
      await m.query<{ inwoner_id: string }[]>('SELECT inwoner_id FROM toestemmingen WHERE id = $1', [
        verzoek.params.toestemmingId,
      ])
    ).map((r) => r.inwoner_id),
};

/**
 * intake's one decision about personal data, route by route. Every person-linked use case here writes its own
 * audit row (with the purpose it serves); these entries say which actie that row carries, and are what the
 * platform's interceptor writes should a use case write none. `zonder`: the routing table. The authorization matrix
 * fails on a route on neither list, and on a person-linked call that leaves other than one row.
 */
export const PERSOONSGEGEVENS: AuditRouteTable = {
  persoonsgegevens: {
    // Both use cases (RegistreerAanmelding, RegistreerAnoniemeAanmelding) write the row in the aanmelding's statement.
    'POST /api/v1/aanmeldingen': {
      ...route('vastleggen', 'aanmelding-registreren', 'aanmelding'),
      schrijftZelf: true,
    },
    'GET /api/v1/aanmeldingen/:id': route('inzage', 'dienstverlening', 'aanmelding'),
    'POST /api/v1/bsn-herversleutelingen': route('bsn-herversleutelen', 'sleutelrotatie', 'bsn-sleutel'),
    'GET /api/v1/identiteitscontroles': route(
      'identiteitscontroles-inzien',
      'identiteit-controleren',
      'identiteitscontroles',
    ),
    'POST /api/v1/identiteitscontroles/:id/beoordeling': route(
      'identiteit-beoordelen',
      'identiteit-controleren',
      'identiteitscontrole',
    ),
    'POST /api/v1/inwoners/_zoek': route('zoeken', 'zoeken-inwoner', 'inwoners'),
    'GET /api/v1/inwoners/:inwonerId': route('inzage', 'dienstverlening', 'inwoner', 'inwonerId'),
    'PATCH /api/v1/inwoners/:inwonerId': route('vastleggen', 'inwoner-corrigeren', 'inwoner', 'inwonerId'),
    'GET /api/v1/inwoners/:inwonerId/wijzigingen': route(
      'inzage',
      'wijzigingen-inzien',
      'inwoner-wijzigingen',
      'inwonerId',
    ),
    'PUT /api/v1/inwoners/:inwonerId/toestemmingen/:doel': route(
      'toestemming-wijzigen',
      'toestemming-vastleggen',
      'toestemming',
      'inwonerId',
    ),
    // Issue 20: consents as records, read and changed by the inwoner (/mijn: the person from the token) or by staff
    // on their behalf. The use cases write the row, naming the inwoner.
    'GET /api/v1/mijn/toestemmingen': route('toestemmingen-inzien', 'toestemming-vastleggen', 'toestemmingen'),
    'POST /api/v1/mijn/toestemmingen': route('toestemming-wijzigen', 'toestemming-vastleggen', 'toestemming'),
    'POST /api/v1/mijn/toestemmingen/:toestemmingId/intrekking': intrekking,
    'GET /api/v1/inwoners/:inwonerId/toestemmingen': route(
      'toestemmingen-inzien',
      'toestemming-vastleggen',
      'toestemmingen',
      'inwonerId',
    ),
    'POST /api/v1/inwoners/:inwonerId/toestemmingen': route(
      'toestemming-wijzigen',
      'toestemming-vastleggen',
      'toestemming',
      'inwonerId',
    ),
    'POST /api/v1/inwoners/:inwonerId/toestemmingen/:toestemmingId/intrekking': intrekking,
    'POST /api/v1/inwoners/:behoudenId/samenvoegingen': route(
      'vastleggen',
      'inwoners-samenvoegen',
      'inwoner',
      'behoudenId',
    ),
    'POST /api/v1/inwoners/:inwonerId/verschillend': route('vastleggen', 'dubbel-beoordelen', 'inwoner', 'inwonerId'),
    'POST /api/v1/inwoners/:inwonerId/identificatie': route(
      'identificeren',
      'aanmelding-registreren',
      'inwoner',
      'inwonerId',
    ),
    'POST /api/v1/inwoners/:inwonerId/beperkingen': route(
      'beperking-vastleggen',
      'avg-verzoek',
      'beperking',
      'inwonerId',
    ),
    'POST /api/v1/inwoners/:inwonerId/beperkingen/:beperkingId/opheffing': route(
      'beperking-opheffen',
      'avg-verzoek',
      'beperking',
      'beperkingId',
    ),
    'POST /api/v1/inwoners/:inwonerId/wisverzoeken': route(
      'wisverzoek-indienen',
      'avg-verzoek',
      'wisverzoek',
      'inwonerId',
    ),
    'GET /api/v1/privacyverzoeken': route('privacyverzoeken-inzien', 'avg-verzoek', 'privacyverzoeken'),
    'GET /api/v1/mogelijke-dubbelen': route('dubbelen-inzien', 'dubbelen-controleren', 'mogelijke-dubbelen'),
    // Mijn Werk in Zicht (issue 20): the inwoner's own details and correction requests, the front office's task list.
    'GET /api/v1/mijn/gegevens': route('mijn-gegevens-inzien', 'eigen-gegevens', 'inwoner'),
    'POST /api/v1/mijn/correctieverzoeken': route(
      'correctieverzoek-indienen',
      'inwoner-corrigeren',
      'correctieverzoek',
    ),
    'GET /api/v1/mijn/correctieverzoeken': route(
      'mijn-correctieverzoeken-inzien',
      'eigen-gegevens',
      'correctieverzoeken',
    ),
    'GET /api/v1/correctieverzoeken': route('correctieverzoeken-inzien', 'inwoner-corrigeren', 'correctieverzoeken'),
    'POST /api/v1/correctieverzoeken/:id/afhandeling': route(
      'correctieverzoek-afhandelen',
      'inwoner-corrigeren',
      'correctieverzoek',
    ),
    // The inwoner's own requests to erase, restrict or object (AVG art. 17, 18, 21), the privacy officer's task list.
    'POST /api/v1/mijn/rechtenverzoeken': route('rechtenverzoek-indienen', 'avg-verzoek', 'rechtenverzoek'),
    'GET /api/v1/mijn/rechtenverzoeken': route('mijn-rechtenverzoeken-inzien', 'eigen-gegevens', 'rechtenverzoeken'),
    'GET /api/v1/rechtenverzoeken': route('rechtenverzoeken-inzien', 'avg-verzoek', 'rechtenverzoeken'),
    'POST /api/v1/rechtenverzoeken/:id/verlenging': route('rechtenverzoek-verlengen', 'avg-verzoek', 'rechtenverzoek'),
    'POST /api/v1/rechtenverzoeken/:id/afhandeling': route(
      'rechtenverzoek-afhandelen',
      'avg-verzoek',
      'rechtenverzoek',
    ),
    // The inwoner's own DigiD login (public: no token yet); the use case writes the row as the inwoner.
    'POST /api/v1/inwonersessies': route('inloggen', 'mijn-werk-in-zicht', 'inwonersessie'),
  },
  zonder: {
    'GET /api/v1/routeringsregels': 'the routing table',
    'POST /api/v1/routeringsregels': 'a new version of the routing table',
    'GET /api/v1/routeringsregels/versies/:versie': 'a version of the routing table',
    'GET /api/v1/inwonersessies/sleutels': "the inwoner-session issuer's public key",
  },
};
