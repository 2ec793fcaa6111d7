import { randomUUID } from 'node:crypto';
import {
  EventDefinition,
  EventEnvelope,
  TrajectGestart,
  TrajectToegewezen,
  TrajectToegewezenData,
} from '@wiz/contracts';
import {
  Cell,
  describeAuthorizationMatrix,
  envelopeFor,
  eventually,
  publishTestEvent,
  describeFuzz,
  bewaartermijnRules,
  platformRules,
  RuleTable,
  scoped,
  syntheticBsn,
  unscoped,
} from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';
import { identiteitRegels } from './identiteit-regels';

/**
 * Intake's authorization matrix and fuzz. Intake is organisation-scoped (README "Scoping"): front office sees the
 * inwoners and aanmeldingen it registered and those routed to its organisation, beheer sees all, another
 * organisation gets 404. Fixtures are registered by front office of the own organisation (GM0014) for an inwoner
 * of GM0014, so no route sends them to the other organisation (GM0034).
 */
describe('intake: security', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const registreer = async (cell: Cell, overrides: Parameters<typeof aanmelding>[0] = {}) =>
    (
      await (
        await t.as('frontoffice', cell.organisations.own)
      )
        .post('/api/v1/aanmeldingen', aanmelding(overrides))
        .expect(201)
    ).body as { id: string; inwonerId: string };
  const geregistreerd = (cell: Cell) =>
    cell.shared('aanmelding', () =>
      registreer(cell, { inwoner: { achternaam: 'Matrix', geboortedatum: '1981-02-03' } }),
    );
  /** Two inwoners without BSN with the same surname, birth date and postcode: a likely-duplicate pair. */
  const dubbel = (cell: Cell) =>
    cell.shared('dubbel', async () => {
      const gegevens = { inwoner: { achternaam: 'Tweeling', geboortedatum: '1975-05-05', postcode: '9712CD' } };
      await registreer(cell, gegevens);
      return (await registreer(cell, gegevens)).inwonerId;
    });
  /** An aanmelding whose name differs from the identity held for its BSN: an open identiteitscontrole (fresh per call). */
  let bsnNummer = 0;
  const identiteitscontrole = async (cell: Cell) => {
    const bsn = syntheticBsn(bsnNummer++);
    await registreer(cell, { inwoner: { bsn, voornaam: 'Echt' } });
    const flagged = await registreer(cell, { inwoner: { bsn, voornaam: 'Anders' } });
    const [controle] = await t.query<{ id: string }>('SELECT id FROM identiteitscontroles WHERE aanmelding_id = $1', [
      flagged.id,
    ]);
    return controle.id;
  };
  /** A registered inwoner's BSN, to log in with DigiD. */
  const digidInwoner = (cell: Cell) =>
    cell.shared('digid-inwoner', async () => {
      const bsn = syntheticBsn(7001);
      await registreer(cell, { inwoner: { bsn, achternaam: 'Digid' } });
      return bsn;
    });
  const huidigeTabel = (cell: Cell) =>
    cell.shared(
      'tabel',
      async () => (await (await t.as('beheer', 'WIZ')).get('/api/v1/routeringsregels').expect(200)).body,
    );
  const toewijzing = (inwonerId: string, consulent: string): TrajectToegewezenData => ({
    trajectId: randomUUID(),
    inwonerId,
    organisatie: 'GM0014',
    team: null,
    consulent,
    reden: 'start',
    toegewezenOp: new Date().toISOString(),
    versie: 1,
  });
  const verwerkt = async (definition: EventDefinition, envelope: EventEnvelope) => {
    await publishTestEvent(t.nc, t.run, definition, envelope);
    await eventually(async () =>
      expect(await t.query('SELECT 1 FROM inbox WHERE event_id = $1', [envelope.id])).toHaveLength(1),
    );
  };
  /**
   * The fixture inwoner with two trajecten of the own organisation from its aanmelding, one assigned to the matrix's
   * consulent and one to its teamleider (the subjects the matrix's tokens carry; they carry no team), applied by
   * intake's consumers.
   */
  const begeleid = (cell: Cell) =>
    cell.shared('begeleid', async () => {
      const { id: aanmeldingId, inwonerId } = await geregistreerd(cell);
      for (const role of ['consulent', 'teamleider']) {
        const data = toewijzing(inwonerId, `matrix-${role}-${cell.organisations.own}`);
        await verwerkt(TrajectToegewezen, envelopeFor(TrajectToegewezen, data));
        const { trajectId, organisatie, toegewezenOp: gestartOp } = data;
        const start = { trajectId, inwonerId, aanmeldingId, organisatie, gemeentecode: 'GM0014', gestartOp };
        await verwerkt(TrajectGestart, envelopeFor(TrajectGestart, { ...start, stap: 'begeleiden' }));
      }
      return inwonerId;
    });
  /** A fresh inwoner for a consent (their own birth date, so they make no likely-duplicate pair with anyone). */
  let toestemmer = 0;
  const nieuweInwoner = async (cell: Cell) => {
    const geboortedatum = new Date(Date.UTC(1950, 0, 1) + ++toestemmer * 86_400_000).toISOString().slice(0, 10);
    return (await registreer(cell, { inwoner: { achternaam: 'Toestemmer', geboortedatum } })).inwonerId;
  };
  /** A consent given for this inwoner (on their behalf, by front office of the own organisation): its id. */
  const gegeven = async (cell: Cell, inwonerId: string) =>
    (
      await (
        await t.as('frontoffice', cell.organisations.own)
      )
        .post(`/api/v1/inwoners/${inwonerId}/toestemmingen`, {
          doel: 'profiel-delen-met-vacature',
          vacatureId: randomUUID(),
        })
        .expect(201)
    ).body.id as string;
  /** A correction request the fixture inwoner filed (issue 20): `naam` shares one, a fresh name files a new one. */
  const correctieverzoek = (cell: Cell, naam: string) =>
    cell.shared(`correctieverzoek:${naam}`, async () => {
      const { inwonerId } = await geregistreerd(cell);
      const body = { onderdeel: 'naam', gewenst: 'Matrix-Nieuw' };
      return (await (await t.asInwoner(inwonerId)).post('/api/v1/mijn/correctieverzoeken', body).expect(201)).body
        .id as string;
    });
  /** A request to the privacy officer the fixture inwoner filed: `naam` shares one, a fresh name files a new one. */
  const rechtenverzoek = (cell: Cell, naam: string) =>
    cell.shared(`rechtenverzoek:${naam}`, async () => {
      const { inwonerId } = await geregistreerd(cell);
      const body = { recht: 'bezwaar', toelichting: 'Matrix: ik wil niet dat mijn profiel wordt gedeeld.' };
      return (await (await t.asInwoner(inwonerId)).post('/api/v1/mijn/rechtenverzoeken', body).expect(201)).body
        .id as string;
    });
  const seesOwn = (cell: Cell) => cell.side === 'own' || cell.role === 'beheer' || cell.role === 'privacy';

  const rules: RuleTable = {
    ...platformRules({
      definition: TrajectToegewezen,
      data: () => toewijzing(randomUUID(), 'matrix-replay'),
    }),
    'POST /api/v1/aanmeldingen': {
      roles: ['frontoffice', 'beheer'],
      ...unscoped(201),
      why: 'not scoped: a new aanmelding is registered by (and visible to) the caller’s own organisation',
      request: () => ({ body: aanmelding({ inwoner: { achternaam: 'Nieuw' } }) }),
    },
    'GET /api/v1/aanmeldingen/:id': {
      roles: ['frontoffice', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({ params: { id: (await geregistreerd(cell)).id } }),
      verify: async (res, cell) => expect(res.body.id).toBe((await geregistreerd(cell)).id),
    },
    'GET /api/v1/inwoners/:inwonerId': {
      roles: ['frontoffice', 'beheer', 'consulent', 'teamleider', 'privacy'],
      ...scoped(200),
      byRole: { beheer: { own: 200, other: 200 }, privacy: { own: 200, other: 200 } },
      why:
        'a consulent or teamleider reads the person of a traject their organisation holds and assigned to them; the ' +
        'privacy officer, like beheer, any inwoner',
      request: async (cell) =>
        cell.role === 'consulent' || cell.role === 'teamleider'
          ? { params: { inwonerId: await begeleid(cell) }, query: { doel: 'begeleiding' } }
          : { params: { inwonerId: (await geregistreerd(cell)).inwonerId } },
      verify: (res) => expect(res.body.achternaam).toBe('Matrix'),
    },
    'PUT /api/v1/inwoners/:inwonerId/toestemmingen/:doel': {
      roles: ['frontoffice', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({
        params: { inwonerId: (await geregistreerd(cell)).inwonerId, doel: 'profiel-delen-met-werkgevers' },
        body: { gegeven: cell.side === 'own' },
      }),
    },
    // Issue 20: consents as records. The inwoner's own (/mijn: the person from the token, whatever the gemeente),
    // or an inwoner's for staff acting on their behalf: front office and beheer as for the PUT, a consulent while
    // holding one of the person's trajecten. A give needs an inwoner without a consent in force: a fresh one.
    'GET /api/v1/mijn/toestemmingen': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person comes from the token only',
      request: async (cell) => ({ inwonerId: (await geregistreerd(cell)).inwonerId }),
    },
    'POST /api/v1/mijn/toestemmingen': {
      roles: ['inwoner'],
      ...unscoped(201),
      why: 'the person comes from the token only',
      request: async (cell) => ({
        inwonerId: await nieuweInwoner(cell),
        body: { doel: 'profiel-delen-met-werkgevers' },
      }),
    },
    'POST /api/v1/mijn/toestemmingen/:toestemmingId/intrekking': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person comes from the token only; the consent is one of theirs',
      request: async (cell) => {
        const inwonerId = await nieuweInwoner(cell);
        const toestemming = await gegeven(cell, inwonerId);
        return { inwonerId, params: { toestemmingId: toestemming } };
      },
    },
    'GET /api/v1/inwoners/:inwonerId/toestemmingen': {
      roles: ['frontoffice', 'consulent', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({
        params: { inwonerId: cell.role === 'consulent' ? await begeleid(cell) : (await geregistreerd(cell)).inwonerId },
      }),
    },
    'POST /api/v1/inwoners/:inwonerId/toestemmingen': {
      roles: ['frontoffice', 'consulent', 'beheer'],
      ...scoped(201),
      request: async (cell) => ({
        params: { inwonerId: cell.role === 'consulent' ? await begeleid(cell) : await nieuweInwoner(cell) },
        body: { doel: 'profiel-delen-met-school' },
      }),
    },
    'POST /api/v1/inwoners/:inwonerId/toestemmingen/:toestemmingId/intrekking': {
      roles: ['frontoffice', 'consulent', 'beheer'],
      ...scoped(200),
      request: async (cell) => {
        const inwonerId = cell.role === 'consulent' ? await begeleid(cell) : await nieuweInwoner(cell);
        return { params: { inwonerId, toestemmingId: await gegeven(cell, inwonerId) } };
      },
    },
    'POST /api/v1/inwoners/_zoek': {
      roles: ['frontoffice', 'beheer', 'privacy'],
      ...unscoped(200),
      why:
        'a search answers 200 to everyone allowed; another organisation’s inwoners are simply not in it (the privacy ' +
        'officer, like beheer, finds anyone: to answer who read a person, and to grant their requests)',
      request: async (cell) => {
        await geregistreerd(cell);
        return { body: { achternaam: 'Matrix', geboortedatum: '1981-02-03' } };
      },
      verify: async (res, cell) => {
        const ids = res.body.items.map((i: { id: string }) => i.id);
        if (seesOwn(cell)) expect(ids).toContain((await geregistreerd(cell)).inwonerId);
        else expect(ids).not.toContain((await geregistreerd(cell)).inwonerId);
      },
    },
    'GET /api/v1/mogelijke-dubbelen': {
      roles: ['frontoffice', 'beheer'],
      ...unscoped(200),
      why: 'a list answers 200 to everyone allowed; another organisation’s pairs are not in it',
      request: async (cell) => {
        await dubbel(cell);
        return {};
      },
      verify: async (res, cell) => {
        const ids = res.body.items.flatMap((i: { inwonerId: string; kandidaatId: string }) => [
          i.inwonerId,
          i.kandidaatId,
        ]);
        if (seesOwn(cell)) expect(ids).toContain(await dubbel(cell));
        else expect(ids).not.toContain(await dubbel(cell));
      },
    },
    // Issue 20: the inwoner's own details and correction requests (the person from the token only), and the front
    // office's task list of them (the one scoping rule: the organisations that see the person).
    'GET /api/v1/mijn/gegevens': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person comes from the token only',
      request: async (cell) => ({ inwonerId: (await geregistreerd(cell)).inwonerId }),
      verify: (res) => expect(res.body.naam.achternaam).toBe('Matrix'),
    },
    'GET /api/v1/mijn/correctieverzoeken': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person comes from the token only',
      request: async (cell) => ({ inwonerId: (await geregistreerd(cell)).inwonerId }),
    },
    'POST /api/v1/mijn/correctieverzoeken': {
      roles: ['inwoner'],
      ...unscoped(201),
      why: 'the person comes from the token only',
      request: async (cell) => ({
        inwonerId: (await geregistreerd(cell)).inwonerId,
        body: { onderdeel: 'adres', gewenst: 'Markt 1, Groningen' },
      }),
    },
    'GET /api/v1/correctieverzoeken': {
      roles: ['frontoffice', 'beheer'],
      ...unscoped(200),
      why: 'a list answers 200 to everyone allowed; requests of another organisation’s inwoners are not in it',
      request: async (cell) => {
        await correctieverzoek(cell, 'gedeeld');
        return { query: { status: 'open' } };
      },
      verify: async (res, cell) => {
        const ids = res.body.items.map((i: { id: string }) => i.id);
        const id = await correctieverzoek(cell, 'gedeeld');
        if (seesOwn(cell)) expect(ids).toContain(id);
        else expect(ids).not.toContain(id);
      },
    },
    'POST /api/v1/correctieverzoeken/:id/afhandeling': {
      roles: ['frontoffice', 'beheer'],
      ...scoped(200),
      request: async (cell) => ({
        params: { id: await correctieverzoek(cell, cell.allowed ? randomUUID() : 'gedeeld') },
        body: { uitkomst: 'afgewezen', toelichting: 'Uw gegevens kloppen al.' },
      }),
    },
    ...bewaartermijnRules(),
    // The inwoner's own requests to erase, restrict or object, and the privacy officer's task list of them.
    'GET /api/v1/mijn/rechtenverzoeken': {
      roles: ['inwoner'],
      ...unscoped(200),
      why: 'the person comes from the token only',
      request: async (cell) => ({ inwonerId: (await geregistreerd(cell)).inwonerId }),
    },
    'POST /api/v1/mijn/rechtenverzoeken': {
      roles: ['inwoner'],
      ...unscoped(201),
      why: 'the person comes from the token only',
      request: async (cell) => ({
        inwonerId: (await geregistreerd(cell)).inwonerId,
        body: { recht: 'beperken' },
      }),
    },
    'GET /api/v1/rechtenverzoeken': {
      roles: ['privacy'],
      ...unscoped(200),
      why: 'the privacy officer answers the requests of the whole region',
      request: async (cell) => {
        await rechtenverzoek(cell, 'gedeeld');
        return { query: { status: 'open' } };
      },
    },
    'POST /api/v1/rechtenverzoeken/:id/verlenging': {
      roles: ['privacy'],
      ...unscoped(200),
      why: 'the privacy officer extends the term of the whole region’s requests; a fresh request per allowed cell',
      request: async (cell) => ({
        params: { id: await rechtenverzoek(cell, cell.allowed ? randomUUID() : 'gedeeld') },
        body: { maanden: 1, reden: 'Matrix: meer tijd nodig.' },
      }),
    },
    'POST /api/v1/rechtenverzoeken/:id/afhandeling': {
      roles: ['privacy'],
      ...unscoped(200),
      why: 'the privacy officer answers the requests of the whole region; a fresh request per allowed cell',
      request: async (cell) => ({
        params: { id: await rechtenverzoek(cell, cell.allowed ? randomUUID() : 'gedeeld') },
        body: { uitkomst: 'afgewezen', toelichting: 'Uw gegevens worden alleen voor uw traject gebruikt.' },
      }),
    },
    'POST /api/v1/inwoners/:inwonerId/wisverzoeken': {
      roles: ['privacy'],
      ...unscoped(201),
      why: 'the privacy officer acts for the whole region; a fresh inwoner per allowed cell (it is erased)',
      request: async (cell) => ({
        params: {
          inwonerId: cell.allowed ? (await registreer(cell)).inwonerId : (await geregistreerd(cell)).inwonerId,
        },
        body: { reden: 'matrix: verzoek van betrokkene' },
      }),
      verify: (res) => expect(res.body.soort).toBe('wissen'),
    },
    'POST /api/v1/inwoners/:inwonerId/beperkingen': {
      roles: ['privacy'],
      ...unscoped(201),
      why: 'the privacy officer acts for the whole region; a fresh inwoner per allowed cell (restricting twice is 409)',
      request: async (cell) => ({
        params: {
          inwonerId: cell.allowed ? (await registreer(cell)).inwonerId : (await geregistreerd(cell)).inwonerId,
        },
        body: { reden: 'matrix: juistheid betwist' },
      }),
      verify: (res) => expect(res.body.soort).toBe('beperken'),
    },
    'POST /api/v1/inwoners/:inwonerId/beperkingen/:beperkingId/opheffing': {
      roles: ['privacy'],
      ...unscoped(201),
      why: 'the privacy officer acts for the whole region; a fresh restriction per allowed cell',
      request: async (cell) => {
        const { inwonerId } = await registreer(cell);
        const privacy = await t.as('privacy', cell.organisations.own);
        const beperking = await privacy
          .post(`/api/v1/inwoners/${inwonerId}/beperkingen`, { reden: 'matrix' })
          .expect(201);
        return { params: { inwonerId, beperkingId: beperking.body.id }, body: { reden: 'matrix: opgeheven' } };
      },
    },
    'GET /api/v1/privacyverzoeken': {
      roles: ['privacy'],
      ...unscoped(200),
      why: 'the register of privacy requests is the privacy officer’s, for the whole region',
    },
    'GET /api/v1/identiteitscontroles': {
      roles: ['beheer'],
      ...unscoped(200),
      why: 'checking identities that differ from the one held for a BSN is regional beheer work',
      request: () => ({ query: { status: 'open', pagina: '1', paginagrootte: '10' } }),
    },
    'POST /api/v1/identiteitscontroles/:id/beoordeling': {
      roles: ['beheer'],
      ...unscoped(200),
      why: 'checking identities that differ from the one held for a BSN is regional beheer work',
      request: async (cell) => ({
        params: { id: cell.allowed ? await identiteitscontrole(cell) : '00000000-0000-4000-8000-000000000000' },
        body: { uitkomst: 'zelfde-persoon', toelichting: 'matrix' },
      }),
      verify: (res) => expect(res.body.status).toBe('zelfde-persoon'),
    },
    'POST /api/v1/bsn-herversleutelingen': {
      roles: ['beheer'],
      ...unscoped(200),
      why: 'key rotation is regional beheer work',
    },
    'GET /api/v1/routeringsregels': {
      roles: ['beheer', 'frontoffice'],
      ...unscoped(200),
      why: 'the routing table is regional: the same for every organisation',
    },
    'GET /api/v1/routeringsregels/versies/:versie': {
      roles: ['beheer', 'frontoffice'],
      ...unscoped(200),
      why: 'the routing table is regional: the same for every organisation',
      request: () => ({ params: { versie: '1' } }),
    },
    'POST /api/v1/routeringsregels': {
      roles: ['beheer'],
      ...unscoped(201),
      why: 'the routing table is regional: beheer sets it for everyone',
      request: async (cell) => ({
        body: { toelichting: `matrix ${cell.side}`, tabel: (await huidigeTabel(cell)).tabel },
      }),
    },
    'POST /api/v1/inwonersessies': {
      public: true,
      expect: 201,
      why: "an inwoner's DigiD login: the broker's ID token is the proof of who they are, no bearer token yet",
      request: async (cell) => ({ body: { idToken: await t.run.digidToken({ bsn: await digidInwoner(cell) }) } }),
    },
    'GET /api/v1/inwonersessies/sleutels': { public: true, expect: 200 },
  };

  Object.assign(rules, identiteitRegels(t, registreer, begeleid));

  describeAuthorizationMatrix(t, rules);
  describeFuzz(t, rules);
});
