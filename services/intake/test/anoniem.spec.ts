import { AanmeldingAfgerond, InwonersSamengevoegd } from '@wiz/contracts';
import { eventually, syntheticBsn } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';
import { inOutbox } from './intake-http';

/**
 * Issue 19, part 6: an anonymous orientation at the Talentperron or an event (a chosen name, optional contact) gets
 * a route but publishes no aanmelding-afgerond; identifying the person publishes it, as the person it turned out to
 * be: a new identified inwoner, or, with a known BSN or duplicate key, the existing one the record is merged into.
 */
describe('intake: anonymous orientation and identification', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const anoniem = (inwoner: Record<string, unknown> = { roepnaam: 'Kim' }, kanaal = 'talentperron') => {
    const { inwoner: _weg, ...rest } = aanmelding();
    return { ...rest, kanaal, anoniem: true, inwoner };
  };
  const registreer = async (body: object, organisatie = 'GM0014') =>
    (await t.as('frontoffice', organisatie)).post('/api/v1/aanmeldingen', body);
  const identiteit = (over: Record<string, unknown> = {}) => ({ ...aanmelding().inwoner, ...over });
  const identificeer = async (inwonerId: string, body: object, status: number) =>
    (await t.as('frontoffice')).post(`/api/v1/inwoners/${inwonerId}/identificatie`, body).expect(status);

  it('routes an anonymous orientation and publishes nothing', async () => {
    const res = await registreer(anoniem({ roepnaam: 'Kim', contact: { telefoon: '0612345678' } }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'doorverwezen',
      anoniem: true,
      mogelijkDubbel: false,
      identiteitTeControleren: false,
      route: { stap: expect.any(String), organisatie: expect.any(String) },
    });
    // WW at the Talentperron: the WW rule routes before the Talentperron's own rule, age or not.
    expect(res.body.route.organisatie).toBe('UWV');
    expect(await inOutbox(t, AanmeldingAfgerond.type, res.body.inwonerId)).toEqual([]);
    const gezien = (await (await t.as('frontoffice')).get(`/api/v1/inwoners/${res.body.inwonerId}`).expect(200)).body;
    expect(gezien).toMatchObject({
      anoniem: true,
      voornaam: 'Kim',
      achternaam: null,
      geboortedatum: null,
      telefoon: '0612345678',
    });
  });

  it('routes on what is known: the Talentperron keeps someone without a more specific route', async () => {
    const geen = { uitkering: 'geen', startkwalificatie: false };
    const body = { ...anoniem(), situatie: { ...aanmelding().situatie, ...geen } };
    const res = (await registreer(body, 'talentperron')).body;
    // Without an age the young-people rule cannot apply; the gemeente defaults to the Talentperron's (GM0014).
    expect(res.route).toMatchObject({ organisatie: 'talentperron' });
    const [rij] = await t.query('SELECT gemeentecode FROM inwoners WHERE id = $1', [res.inwonerId]);
    expect(rij.gemeentecode).toBe('GM0014');
  });

  it('accepts anonymity only at the Talentperron or an event, and without identity fields', async () => {
    const balie = await registreer(anoniem({ roepnaam: 'Kim' }, 'balie'));
    expect(balie.status).toBe(400);
    expect(balie.body.errors).toEqual([expect.objectContaining({ field: 'kanaal' })]);
    const metBsn = await registreer(anoniem({ roepnaam: 'Kim', bsn: syntheticBsn(1950) }));
    expect(metBsn.status).toBe(400);
    await registreer(anoniem({ roepnaam: 'Kim' }, 'evenement')).then((r) => expect(r.status).toBe(201));
    // The identified contract is unchanged: without a surname it is a 400 naming the field.
    const zonder = aanmelding();
    delete (zonder.inwoner as Record<string, unknown>).achternaam;
    const res = await registreer(zonder);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'inwoner.achternaam' })]);
  });

  it('refuses (400 naming the field) an identity that an earlier aanmelding of the person contradicts, and stores nothing', async () => {
    const situatie = { ...aanmelding().situatie, uitkering: 'ww', werkloosSinds: '2025-11-01' };
    const { id, inwonerId } = (await registreer({ ...anoniem({ roepnaam: 'Jo' }), situatie })).body;
    // The orientation was in January; the birth date typed now (a typo for 1996) lies after it.
    await t.query(`UPDATE aanmeldingen SET created_at = '2026-01-10T10:00:00Z' WHERE id = $1`, [id]);
    // Told only to who may identify the record: another organisation learns nothing of it (404, as for any).
    await (
      await t.as('frontoffice', 'GM0106')
    )
      .post(`/api/v1/inwoners/${inwonerId}/identificatie`, identiteit({ geboortedatum: '2026-02-01' }))
      .expect(404);
    const naGeboren = await identificeer(inwonerId, identiteit({ geboortedatum: '2026-02-01' }), 400);
    expect(naGeboren.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(naGeboren.body.errors).toEqual([expect.objectContaining({ field: 'geboortedatum' })]);
    // Unemployed since November 2025 at the orientation, born after that.
    const ook = await identificeer(inwonerId, identiteit({ geboortedatum: '2025-12-01' }), 400);
    expect(ook.body.errors).toEqual([expect.objectContaining({ field: 'geboortedatum' })]);
    expect(await t.query('SELECT anoniem, geboortedatum FROM inwoners WHERE id = $1', [inwonerId])).toEqual([
      { anoniem: true, geboortedatum: null },
    ]);
    expect(await inOutbox(t, AanmeldingAfgerond.type, inwonerId)).toEqual([]);
    await identificeer(inwonerId, identiteit({ achternaam: 'Jo-Later', geboortedatum: '1996-02-01' }), 200);
  });

  it('publishes the waiting aanmelding-afgerond when the person is identified, once', async () => {
    const { id, inwonerId } = (await registreer(anoniem({ roepnaam: 'Sam' }))).body;
    const wie = identiteit({ voornaam: 'Samuel', achternaam: 'Anoniem-Nieuw', geboortedatum: '2001-03-03' });
    const res = (await identificeer(inwonerId, wie, 200)).body;
    expect(res).toEqual({ inwonerId, samengevoegd: false, aanmeldingIds: [id], identiteitTeControleren: false });
    const [afgerond] = await inOutbox(t, AanmeldingAfgerond.type, inwonerId);
    expect(afgerond).toMatchObject({ aanmeldingId: id, inwonerId, gemeentecode: 'GM0014', kanaal: 'talentperron' });
    expect(afgerond.deelnemer.leeftijdsband).toEqual(expect.any(String));
    await eventually(async () => {
      const berichten = (await t.published(AanmeldingAfgerond)).filter(
        (m) => m.json<{ data: { aanmeldingId: string } }>().data.aanmeldingId === id,
      );
      expect(berichten).toHaveLength(1);
    });
    const gezien = (await (await t.as('frontoffice')).get(`/api/v1/inwoners/${inwonerId}`).expect(200)).body;
    expect(gezien).toMatchObject({ voornaam: 'Samuel', achternaam: 'Anoniem-Nieuw', geboortedatum: '2001-03-03' });
    await identificeer(inwonerId, wie, 409);
    expect(await inOutbox(t, AanmeldingAfgerond.type, inwonerId)).toHaveLength(1);
  });

  it('merges into the inwoner with the same BSN, who need not be visible to the identifying organisation', async () => {
    const bsn = syntheticBsn(1951);
    const bekend = (
      await registreer(aanmelding({ inwoner: { bsn, achternaam: 'Bekenda', voornaam: 'Jan' } }), 'GM0106').then(
        (r) => r.body,
      )
    ).inwonerId;
    const { id, inwonerId } = (await registreer(anoniem({ roepnaam: 'J.' }))).body;
    const res = (await identificeer(inwonerId, identiteit({ bsn, achternaam: 'Bekenda', voornaam: 'Jan' }), 200)).body;
    expect(res).toEqual({ inwonerId: bekend, samengevoegd: true, aanmeldingIds: [id], identiteitTeControleren: false });
    expect(await inOutbox(t, InwonersSamengevoegd.type, bekend)).toEqual([
      expect.objectContaining({ behoudenInwonerId: bekend, vervallenInwonerId: inwonerId }),
    ]);
    expect(await inOutbox(t, AanmeldingAfgerond.type, bekend)).toEqual([
      expect.objectContaining({ inwonerId: bekend }),
      expect.objectContaining({ aanmeldingId: id, inwonerId: bekend }),
    ]);
    // The identifying organisation sees the person through its own aanmelding only, under the kept id.
    const gezien = (await (await t.as('frontoffice')).get(`/api/v1/inwoners/${inwonerId}`).expect(200)).body;
    expect(gezien).toMatchObject({ id: bekend, anoniem: false, aanmeldingen: [expect.objectContaining({ id })] });
  });

  it('merges by duplicate key into a record without BSN and gives it the BSN', async () => {
    const persoon = { achternaam: 'Sleutelaar', geboortedatum: '1992-09-09', postcode: '9724AA' };
    const bekend = (await registreer(aanmelding({ inwoner: persoon }))).body.inwonerId;
    const { inwonerId } = (await registreer(anoniem({ roepnaam: 'S' }))).body;
    const bsn = syntheticBsn(1952);
    const res = (await identificeer(inwonerId, identiteit({ ...persoon, bsn }), 200)).body;
    expect(res).toMatchObject({ inwonerId: bekend, samengevoegd: true });
    const gevonden = (await (await t.as('frontoffice')).post('/api/v1/inwoners/_zoek', { bsn }).expect(200)).body;
    expect(gevonden.items.map((i: { id: string }) => i.id)).toEqual([bekend]);
  });

  it('does not merge a twin: the same key with another first name is a second person, a likely duplicate to judge', async () => {
    const tweeling = { achternaam: 'Tweelingh', geboortedatum: '1993-03-03', postcode: '9725BB' };
    const anna = (await registreer(aanmelding({ inwoner: { ...tweeling, voornaam: 'Anna' } }))).body.inwonerId;
    const { inwonerId } = (await registreer(anoniem({ roepnaam: 'B' }))).body;
    const bsn = syntheticBsn(1953);
    const res = (await identificeer(inwonerId, identiteit({ ...tweeling, voornaam: 'Bea', bsn }), 200)).body;
    expect(res).toMatchObject({ inwonerId, samengevoegd: false });
    const fo = await t.as('frontoffice');
    expect((await fo.post('/api/v1/inwoners/_zoek', { bsn }).expect(200)).body.items).toEqual([
      expect.objectContaining({ id: inwonerId }),
    ]);
    expect((await fo.get(`/api/v1/inwoners/${anna}`).expect(200)).body).toMatchObject({ voornaam: 'Anna' });
    const paren = (await fo.get('/api/v1/mogelijke-dubbelen?paginagrootte=200').expect(200)).body.items as {
      inwonerId: string;
      kandidaatId: string;
    }[];
    expect(paren).toContainEqual(expect.objectContaining({ inwonerId, kandidaatId: anna }));
  });

  it('merges into the person’s own record under the key, also when a twin registered later', async () => {
    const tweeling = { achternaam: 'Tweelingk', geboortedatum: '1994-04-04', postcode: '9726CC' };
    const bea = (await registreer(aanmelding({ inwoner: { ...tweeling, voornaam: 'Bea' } }))).body.inwonerId;
    await registreer(aanmelding({ inwoner: { ...tweeling, voornaam: 'Anna' } })); // newer under the same key
    const { inwonerId } = (await registreer(anoniem({ roepnaam: 'B' }))).body;
    const res = (await identificeer(inwonerId, identiteit({ ...tweeling, voornaam: 'Bea' }), 200)).body;
    expect(res).toMatchObject({ inwonerId: bea, samengevoegd: true });
  });
});
