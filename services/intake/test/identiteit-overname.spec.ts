import { ToestemmingGewijzigd } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

const BSN = '555123455';
const ECHT = {
  bsn: BSN,
  voornaam: 'Sanne',
  achternaam: 'Jansen',
  geboortedatum: '1988-05-17',
  postcode: '9712CD',
  huisnummer: '3',
  gemeentecode: 'GM0014',
  email: 'sanne.jansen@example.nl',
  telefoon: '0612345678',
};
const VERZONNEN = {
  bsn: BSN,
  voornaam: 'Piet',
  achternaam: 'Aanvaller',
  geboortedatum: '1970-01-01',
  postcode: '9401AB',
  huisnummer: '99',
  gemeentecode: 'GM0106',
  email: 'piet@example.nl',
  telefoon: '0687654321',
};
const participatiewet = { uitkering: 'participatiewet' };

/**
 * Issue 14, finding 1: a known BSN unlocked and overwrote another organisation's citizen. Front office of GM0014
 * registers Sanne with her BSN and records her consent; front office of GM0106 then posts an aanmelding with the
 * same BSN and made-up person data. The same BSN still yields the same (opaque) inwonerId, but nothing else.
 */
describe('intake: a known BSN does not unlock or overwrite what another organisation holds', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const toestemmingUrl = (inwonerId: string) =>
    `/api/v1/inwoners/${inwonerId}/toestemmingen/profiel-delen-met-werkgevers`;

  it("registers the attacker's aanmelding apart, flags it for beheer, and shows each organisation only what it captured", async () => {
    const groningen = await t.as('frontoffice', 'GM0014', 'balie-groningen');
    const aanvaller = await t.as('frontoffice', 'GM0106', 'balie-assen');
    const beheer = await t.as('beheer', 'WIZ', 'beheerder');

    const echt = (
      await groningen.post('/api/v1/aanmeldingen', aanmelding({ inwoner: ECHT, situatie: participatiewet })).expect(201)
    ).body;
    expect(echt.identiteitTeControleren).toBe(false);
    await groningen.put(toestemmingUrl(echt.inwonerId), { gegeven: true }).expect(200);
    const groningenVooraf = (await groningen.get(`/api/v1/inwoners/${echt.inwonerId}`).expect(200)).body;

    // The attack: POST /api/v1/aanmeldingen as GM0106 with Sanne's BSN and made-up person data.
    const aanval = await aanvaller
      .post('/api/v1/aanmeldingen', aanmelding({ inwoner: VERZONNEN, situatie: participatiewet }))
      .expect(201);
    expect(aanval.body).toMatchObject({
      inwonerId: echt.inwonerId,
      identiteitTeControleren: true,
      mogelijkDubbel: false,
    });
    expect(aanval.body.route.organisatie).toBe('GM0106'); // No Wrong Door: still routed, to the attacker's own gemeente

    // GM0106 sees what it captured itself: its made-up data and its own aanmelding, no consents.
    const gezienDoorAanvaller = await aanvaller.get(`/api/v1/inwoners/${echt.inwonerId}`).expect(200);
    expect(gezienDoorAanvaller.body).toMatchObject({
      id: echt.inwonerId,
      bsn: BSN,
      voornaam: 'Piet',
      achternaam: 'Aanvaller',
      geboortedatum: '1970-01-01',
      postcode: '9401AB',
      huisnummer: '99',
      gemeentecode: 'GM0106',
      email: 'piet@example.nl',
      telefoon: '0687654321',
      toestemmingen: [],
      identiteitTeControleren: true,
    });
    expect(gezienDoorAanvaller.body.aanmeldingen.map((a: { id: string }) => a.id)).toEqual([aanval.body.id]);
    expect(gezienDoorAanvaller.body.identiteit).toBeUndefined();
    for (const geheim of [
      'Sanne',
      'Jansen',
      '1988-05-17',
      '9712CD',
      'sanne.jansen@example.nl',
      '0612345678',
      echt.id,
    ]) {
      expect(JSON.stringify(gezienDoorAanvaller.body)).not.toContain(geheim);
    }

    // Searching cannot test names against what GM0014 holds: only the attacker's own capture matches.
    const zoekBsn = (await aanvaller.post('/api/v1/inwoners/_zoek', { bsn: BSN }).expect(200)).body.items;
    expect(zoekBsn).toEqual([
      {
        id: echt.inwonerId,
        voornaam: 'Piet',
        achternaam: 'Aanvaller',
        geboortedatum: '1970-01-01',
        gemeentecode: 'GM0106',
      },
    ]);
    expect(
      (
        await aanvaller
          .post('/api/v1/inwoners/_zoek', { achternaam: 'Jansen', geboortedatum: '1988-05-17' })
          .expect(200)
      ).body.items,
    ).toEqual([]);

    // GM0106 cannot change her consent while its identity is unconfirmed (409), and nothing changed or was announced.
    const weigering = await aanvaller.put(toestemmingUrl(echt.inwonerId), { gegeven: false }).expect(409);
    expect(weigering.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(weigering.body).toMatchObject({ status: 409 });
    expect(
      await t.query(
        'SELECT gegeven, gewijzigd_door, gewijzigd_door_organisatie FROM toestemmingen WHERE inwoner_id = $1',
        [echt.inwonerId],
      ),
    ).toEqual([{ gegeven: true, gewijzigd_door: 'balie-groningen', gewijzigd_door_organisatie: 'GM0014' }]);

    // GM0014's view is unchanged: address, e-mail, phone, consents and its own aanmeldingen only.
    const groningenNa = (await groningen.get(`/api/v1/inwoners/${echt.inwonerId}`).expect(200)).body;
    expect(groningenNa).toEqual(groningenVooraf);
    expect(groningenNa).toMatchObject({
      voornaam: 'Sanne',
      postcode: '9712CD',
      huisnummer: '3',
      email: 'sanne.jansen@example.nl',
      telefoon: '0612345678',
      identiteitTeControleren: false,
    });
    expect(groningenNa.toestemmingen).toEqual([
      expect.objectContaining({ doel: 'profiel-delen-met-werkgevers', gegeven: true }),
    ]);
    expect(groningenNa.aanmeldingen.map((a: { id: string }) => a.id)).toEqual([echt.id]);

    // The held identity was not touched.
    expect(
      await t.query(
        `SELECT voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, huisnummer, email, telefoon FROM inwoners WHERE id = $1`,
        [echt.inwonerId],
      ),
    ).toEqual([
      {
        voornaam: 'Sanne',
        achternaam: 'Jansen',
        geboortedatum: '1988-05-17',
        postcode: '9712CD',
        huisnummer: '3',
        email: 'sanne.jansen@example.nl',
        telefoon: '0612345678',
      },
    ]);

    // Every write of personal data is audited, with the organisation that wrote it.
    const writes = await t.query(
      `SELECT subject, organisatie, actie FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie IN ('vastleggen', 'toestemming-wijzigen') ORDER BY id`,
      [echt.inwonerId],
    );
    expect(writes).toEqual([
      { subject: 'balie-groningen', organisatie: 'GM0014', actie: 'vastleggen' },
      { subject: 'balie-groningen', organisatie: 'GM0014', actie: 'toestemming-wijzigen' },
      { subject: 'balie-assen', organisatie: 'GM0106', actie: 'vastleggen' },
    ]);

    // Beheer: the flag is listed, and beheer sees the held identity beside each aanmelding's own data.
    const controles = (await beheer.get('/api/v1/identiteitscontroles').expect(200)).body;
    expect(controles.items).toEqual([
      expect.objectContaining({
        aanmeldingId: aanval.body.id,
        inwonerId: echt.inwonerId,
        organisatie: 'GM0106',
        afwijkendeVelden: ['voornaam', 'achternaam', 'geboortedatum'],
        status: 'open',
      }),
    ]);
    const gezienDoorBeheer = (await beheer.get(`/api/v1/inwoners/${echt.inwonerId}`).expect(200)).body;
    expect(gezienDoorBeheer).toMatchObject({
      voornaam: 'Sanne',
      postcode: '9712CD',
      identiteit: { voornaam: 'Sanne', achternaam: 'Jansen', geboortedatum: '1988-05-17' },
    });
    expect(gezienDoorBeheer.aanmeldingen).toEqual([
      expect.objectContaining({
        id: echt.id,
        gegevens: expect.objectContaining({ voornaam: 'Sanne' }),
        identiteitscontrole: null,
      }),
      expect.objectContaining({
        id: aanval.body.id,
        gegevens: expect.objectContaining({ voornaam: 'Piet' }),
        identiteitscontrole: expect.objectContaining({ status: 'open' }),
      }),
    ]);

    // Beheer judges it another person: audited, judged once, and GM0106 stays apart.
    const controleId = controles.items[0].id;
    expect(
      (
        await beheer
          .post(`/api/v1/identiteitscontroles/${controleId}/beoordeling`, {
            uitkomst: 'andere-persoon',
            toelichting: 'BSN misbruikt',
          })
          .expect(200)
      ).body,
    ).toMatchObject({ id: controleId, status: 'andere-persoon', beoordeeldDoor: 'beheerder' });
    await beheer
      .post(`/api/v1/identiteitscontroles/${controleId}/beoordeling`, { uitkomst: 'zelfde-persoon' })
      .expect(409);
    await aanvaller.put(toestemmingUrl(echt.inwonerId), { gegeven: false }).expect(409);
    expect((await aanvaller.get(`/api/v1/inwoners/${echt.inwonerId}`).expect(200)).body.toestemmingen).toEqual([]);
    expect(
      await t.query(
        `SELECT subject, actie FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie = 'identiteit-beoordelen'`,
        [echt.inwonerId],
      ),
    ).toEqual([{ subject: 'beheerder', actie: 'identiteit-beoordelen' }]);
    expect((await beheer.get('/api/v1/identiteitscontroles').expect(200)).body.items).toEqual([]);
    expect(
      (await beheer.get('/api/v1/identiteitscontroles?status=andere-persoon').expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toEqual([controleId]);
  });

  it('lets an organisation record consent once beheer confirms its differing identity is the same person', async () => {
    const groningen = await t.as('frontoffice', 'GM0014');
    const assen = await t.as('frontoffice', 'GM0106', 'balie-assen');
    const beheer = await t.as('beheer', 'WIZ');
    const eerst = (
      await groningen
        .post(
          '/api/v1/aanmeldingen',
          aanmelding({ inwoner: { bsn: '242424247', voornaam: 'Fenna', achternaam: 'Mulder' } }),
        )
        .expect(201)
    ).body;
    // A new surname after marriage: a different achternaam, the same person.
    const later = (
      await assen
        .post(
          '/api/v1/aanmeldingen',
          aanmelding({
            inwoner: { bsn: '242424247', voornaam: 'Fenna', achternaam: 'Boersma', gemeentecode: 'GM0106' },
            situatie: participatiewet,
          }),
        )
        .expect(201)
    ).body;
    expect(later).toMatchObject({ inwonerId: eerst.inwonerId, identiteitTeControleren: true });
    await assen.put(toestemmingUrl(eerst.inwonerId), { gegeven: true }).expect(409);

    const [controle] = (await beheer.get('/api/v1/identiteitscontroles').expect(200)).body.items.filter(
      (c: { aanmeldingId: string }) => c.aanmeldingId === later.id,
    );
    expect(controle.afwijkendeVelden).toEqual(['achternaam']);
    await beheer
      .post(`/api/v1/identiteitscontroles/${controle.id}/beoordeling`, { uitkomst: 'zelfde-persoon' })
      .expect(200);

    await assen.put(toestemmingUrl(eerst.inwonerId), { gegeven: true }).expect(200);
    const gezien = (await assen.get(`/api/v1/inwoners/${eerst.inwonerId}`).expect(200)).body;
    expect(gezien).toMatchObject({
      achternaam: 'Boersma',
      identiteitTeControleren: false,
      toestemmingen: [expect.objectContaining({ gegeven: true })],
    });
    expect(
      await t.query(
        'SELECT gewijzigd_door, gewijzigd_door_organisatie FROM toestemming_wijzigingen WHERE inwoner_id = $1',
        [eerst.inwonerId],
      ),
    ).toEqual([{ gewijzigd_door: 'balie-assen', gewijzigd_door_organisatie: 'GM0106' }]);
    // One announcement: the refused attempt rolled back with its outbox row.
    await eventually(async () => {
      const consent = (await t.published(ToestemmingGewijzigd))
        .map((m) => m.json<{ data: { inwonerId: string } }>().data)
        .filter((d) => d.inwonerId === eerst.inwonerId);
      expect(consent).toHaveLength(1);
    });
    // GM0014 still sees its own capture.
    expect((await groningen.get(`/api/v1/inwoners/${eerst.inwonerId}`).expect(200)).body).toMatchObject({
      achternaam: 'Mulder',
      aanmeldingen: [expect.objectContaining({ id: eerst.id })],
    });
  });

  it('shows a move recorded by the same organisation, and flags nothing when only case and accents differ', async () => {
    const groningen = await t.as('frontoffice', 'GM0014');
    const eerst = (
      await groningen
        .post(
          '/api/v1/aanmeldingen',
          aanmelding({
            inwoner: { bsn: '100000009', voornaam: 'Zoë', achternaam: "d'Hondt", postcode: '9711AB', huisnummer: '1' },
          }),
        )
        .expect(201)
    ).body;
    const verhuisd = await groningen
      .post(
        '/api/v1/aanmeldingen',
        aanmelding({
          inwoner: {
            bsn: '100000009',
            voornaam: 'ZOE',
            achternaam: 'D Hondt',
            postcode: '9722XY',
            huisnummer: '20',
            email: 'zoe@example.nl',
          },
        }),
      )
      .expect(201);
    expect(verhuisd.body).toMatchObject({ inwonerId: eerst.inwonerId, identiteitTeControleren: false });
    const gezien = (await groningen.get(`/api/v1/inwoners/${eerst.inwonerId}`).expect(200)).body;
    expect(gezien).toMatchObject({
      postcode: '9722XY',
      huisnummer: '20',
      email: 'zoe@example.nl',
      identiteitTeControleren: false,
    });
    expect(gezien.aanmeldingen).toHaveLength(2);
    expect(await t.query('SELECT 1 FROM identiteitscontroles WHERE inwoner_id = $1', [eerst.inwonerId])).toEqual([]);
    // The held identity is the first registration's; the move lives in the aanmelding that recorded it.
    expect((await t.query('SELECT postcode FROM inwoners WHERE id = $1', [eerst.inwonerId]))[0].postcode).toBe(
      '9711AB',
    );
  });

  it('does not tell a registering organisation that another organisation holds a likely duplicate', async () => {
    const persoon = {
      inwoner: { voornaam: 'Aaltje', achternaam: 'Wierenga', geboortedatum: '1960-03-03', postcode: '9403AA' },
    };
    const groningen = (
      await (await t.as('frontoffice', 'GM0014')).post('/api/v1/aanmeldingen', aanmelding(persoon)).expect(201)
    ).body;
    const assen = await t.as('frontoffice', 'GM0106');
    const tweede = (await assen.post('/api/v1/aanmeldingen', aanmelding(persoon)).expect(201)).body;
    expect(tweede.mogelijkDubbel).toBe(false);
    const paar = { inwonerId: tweede.inwonerId, kandidaatId: groningen.inwonerId };
    expect((await assen.get('/api/v1/mogelijke-dubbelen').expect(200)).body.items).not.toContainEqual(
      expect.objectContaining(paar),
    );
    expect(
      (await (await t.as('beheer', 'WIZ')).get('/api/v1/mogelijke-dubbelen').expect(200)).body.items,
    ).toContainEqual(expect.objectContaining(paar));
  });
});
