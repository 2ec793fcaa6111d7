import { InwonerVerhuisd } from '@wiz/contracts';
import { nietGedekteTabellen } from '@wiz/platform';
import { eventually, syntheticBsn } from '@wiz/platform/testing';
import { DataSource } from 'typeorm';
import { intakeGegevens } from '../src/modules/privacy/inzage/gegevenssoorten';
import { aanmelding, IntakeTestApp } from './intake-test-app';
import { inOutbox, patcher } from './intake-http';

/**
 * Issue 19, part 4: a correction of name, address or contact data needs the version read (If-Match), keeps every
 * changed field in the history with who, when and why, shows in the person read, recomputes the duplicate key, and
 * a new gemeente publishes inwoner-verhuisd once, through the outbox.
 */
describe('intake: correcting an inwoner', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const registreer = async (inwoner: Record<string, unknown>) =>
    (await (await t.as('frontoffice')).post('/api/v1/aanmeldingen', aanmelding({ inwoner })).expect(201)).body;
  const url = (id: string) => `/api/v1/inwoners/${id}`;

  it('needs If-Match, refuses a stale one, keeps the history and shows the corrected person', async () => {
    const { inwonerId } = await registreer({ voornaam: 'Sietske', achternaam: 'Hoekstra', email: 'oud@example.org' });
    const fo = await t.as('frontoffice');
    const gelezen = await fo.get(url(inwonerId)).expect(200);
    expect(gelezen.headers.etag).toBe('"1"');
    expect(gelezen.body.versie).toBe(1);

    const correctie = { achternaam: 'Hoekstra-Dijk', contact: { email: null }, reden: 'Getrouwd; e-mail vervallen' };
    await (await patcher(t, 'frontoffice'))(url(inwonerId), correctie).expect(428);
    await (await patcher(t, 'frontoffice'))(url(inwonerId), correctie, '"7"').expect(412);
    await (await patcher(t, 'frontoffice'))(url(inwonerId), { achternaam: 'X' }, '"1"').expect(400);
    // Another organisation does not see this person at all.
    await (await patcher(t, 'frontoffice', 'GM0106'))(url(inwonerId), correctie, '"1"').expect(404);

    const res = await (await patcher(t, 'frontoffice'))(url(inwonerId), correctie, '"1"').expect(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toEqual({ inwonerId, versie: 2, gewijzigdeVelden: ['achternaam', 'email'], verhuisd: false });
    // The same version again is stale now.
    await (await patcher(t, 'frontoffice'))(url(inwonerId), correctie, '"1"').expect(412);

    const na = (await fo.get(url(inwonerId)).expect(200)).body;
    expect(na).toMatchObject({ versie: 2, voornaam: 'Sietske', achternaam: 'Hoekstra-Dijk', email: null });

    const historie = (await fo.get(`${url(inwonerId)}/wijzigingen`).expect(200)).body.items;
    expect(historie).toEqual([
      expect.objectContaining({ versie: 2, veld: 'achternaam', oud: 'Hoekstra', nieuw: 'Hoekstra-Dijk' }),
      expect.objectContaining({ versie: 2, veld: 'email', oud: 'oud@example.org', nieuw: null }),
    ]);
    expect(historie[0]).toMatchObject({ reden: 'Getrouwd; e-mail vervallen', gewijzigdDoorOrganisatie: 'GM0014' });
    const audit = await t.query(
      `SELECT actie, doel FROM audit_log WHERE $1 = ANY(inwoner_ids) AND doel IN ('inwoner-corrigeren', 'wijzigingen-inzien') ORDER BY id`,
      [inwonerId],
    );
    expect(audit).toEqual([
      { actie: 'vastleggen', doel: 'inwoner-corrigeren' },
      { actie: 'inzage', doel: 'wijzigingen-inzien' },
    ]);
    // The history cannot be rewritten by the service itself.
    await expect(t.query('DELETE FROM inwoner_wijzigingen WHERE inwoner_id = $1', [inwonerId])).rejects.toThrow();
  });

  it('publishes inwoner-verhuisd exactly once for a move, and nothing when the address is sent again', async () => {
    const { inwonerId } = await registreer({ voornaam: 'Roelf', achternaam: 'Zuidema', postcode: '9711AB' });
    const adres = { postcode: '9401 AA', huisnummer: '3', gemeentecode: 'GM0106' };
    const res = await (await patcher(t, 'frontoffice'))(url(inwonerId), { adres, reden: 'Verhuisd' }, '"1"');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ versie: 2, verhuisd: true });
    expect(res.body.gewijzigdeVelden).toEqual(['postcode', 'huisnummer', 'gemeentecode']);
    const nogmaals = await (await patcher(t, 'frontoffice'))(url(inwonerId), { adres, reden: 'x' }, '"2"');
    expect(nogmaals.body).toMatchObject({ versie: 2, gewijzigdeVelden: [], verhuisd: false });

    const inOutboxNu = await inOutbox(t, InwonerVerhuisd.type, inwonerId);
    expect(inOutboxNu).toEqual([
      { inwonerId, vanGemeentecode: 'GM0014', naarGemeentecode: 'GM0106', verhuisdOp: expect.any(String) },
    ]);
    await eventually(async () => {
      const gepubliceerd = (await t.published(InwonerVerhuisd)).filter(
        (m) => m.json<{ data: { inwonerId: string } }>().data.inwonerId === inwonerId,
      );
      expect(gepubliceerd).toHaveLength(1);
    });
    const gezien = (await (await t.as('frontoffice')).get(url(inwonerId)).expect(200)).body;
    expect(gezien).toMatchObject({ postcode: '9401AA', huisnummer: '3', gemeentecode: 'GM0106' });
  });

  it('recomputes the duplicate key, so a corrected surname is flagged against the same person', async () => {
    const a = await registreer({ achternaam: 'Wiersma', geboortedatum: '1977-07-07', postcode: '9712CD' });
    const b = await registreer({ achternaam: 'Wiersema', geboortedatum: '1977-07-07', postcode: '9712CD' });
    expect(b.mogelijkDubbel).toBe(false);
    await (
      await patcher(t, 'frontoffice')
    )(url(b.inwonerId), { achternaam: 'Wiersma', reden: 'Typefout' }, '"1"').expect(200);
    const [rij] = await t.query('SELECT dubbel_sleutel FROM inwoners WHERE id = $1', [b.inwonerId]);
    expect(rij.dubbel_sleutel).toBe('wiersma|1977-07-07|9712CD');
    const paren = await t.query('SELECT inwoner_id, kandidaat_id FROM mogelijke_dubbelen WHERE inwoner_id = $1', [
      b.inwonerId,
    ]);
    expect(paren).toEqual([{ inwoner_id: b.inwonerId, kandidaat_id: a.inwonerId }]);
  });

  it('lets only a consulent who holds a traject of the person correct them', async () => {
    const { inwonerId } = await registreer({ achternaam: 'Kuipers' });
    const body = { voornaam: 'Anna', reden: 'Roepnaam' };
    await (await patcher(t, 'consulent'))(url(inwonerId), body, '"1"').expect(404);
    await (await t.as('consulent')).get(`${url(inwonerId)}/wijzigingen`).expect(404);
  });

  describe('Mijn Werk in Zicht (issue 20): my details, correction requests, the art. 15 export', () => {
    it('shows the person their own details with the BSN masked, and takes a correction request to the front office', async () => {
      const bsn = syntheticBsn(20_001);
      const { inwonerId } = await registreer({ bsn, voornaam: 'Fenna', achternaam: 'Bakker', email: 'f@example.org' });
      const ik = await t.asInwoner(inwonerId, { naam: 'F. Bakker' });
      const gegevens = (await ik.get('/api/v1/mijn/gegevens').expect(200)).body;
      expect(gegevens).toEqual({
        naam: { voornaam: 'Fenna', achternaam: 'Bakker' },
        geboortedatum: '1990-04-01',
        adres: { postcode: '9711AB', huisnummer: '12' },
        contact: { email: 'f@example.org', telefoon: null },
        gemeente: 'GM0014',
        bsn: `******${bsn.slice(-3)}`,
      });
      await ik.post('/api/v1/mijn/correctieverzoeken', { onderdeel: 'bsn', gewenst: 'x' }).expect(400);
      await ik.post('/api/v1/mijn/correctieverzoeken', { onderdeel: 'naam', gewenst: '' }).expect(400);
      await ik.post('/api/v1/mijn/correctieverzoeken', { onderdeel: 'naam', gewenst: 'x'.repeat(501) }).expect(400);
      const verzoek = (
        await ik
          .post('/api/v1/mijn/correctieverzoeken', {
            onderdeel: 'naam',
            gewenst: 'Fenna de Bakker',
            toelichting: 'Mijn achternaam is De Bakker',
          })
          .expect(201)
      ).body;
      expect(verzoek).toMatchObject({ onderdeel: 'naam', gewenst: 'Fenna de Bakker', status: 'open' });

      // The front office of the person's organisation has it as a task; another organisation does not see it.
      const fo = await t.as('frontoffice', 'GM0014', 'fo-1');
      const open = (await fo.get('/api/v1/correctieverzoeken?status=open').expect(200)).body.items;
      expect(open).toContainEqual(expect.objectContaining({ id: verzoek.id, inwonerId, naam: 'Fenna Bakker' }));
      const elders = await t.as('frontoffice', 'GM0106');
      expect((await elders.get('/api/v1/correctieverzoeken').expect(200)).body.items).toEqual([]);
      await elders
        .post(`/api/v1/correctieverzoeken/${verzoek.id}/afhandeling`, { uitkomst: 'afgewezen', toelichting: 'x' })
        .expect(404);
      await fo
        .post(`/api/v1/correctieverzoeken/${verzoek.id}/afhandeling`, { uitkomst: 'misschien', toelichting: 'x' })
        .expect(400);
      const doorgevoerd = { uitkomst: 'doorgevoerd', toelichting: 'Uw achternaam is aangepast.' };
      // Carried out only once the correction is recorded: the person would be told a falsehood.
      const teVroeg = await fo.post(`/api/v1/correctieverzoeken/${verzoek.id}/afhandeling`, doorgevoerd).expect(409);
      expect(teVroeg.body.detail).toMatch(/correct it first/);
      // A correction of another part (contact) does not carry out a request about the name.
      await (
        await patcher(t, 'frontoffice')
      )(url(inwonerId), { contact: { telefoon: '0612345678' }, reden: 'Gebeld' }, '"1"').expect(200);
      await fo.post(`/api/v1/correctieverzoeken/${verzoek.id}/afhandeling`, doorgevoerd).expect(409);
      await (
        await patcher(t, 'frontoffice')
      )(url(inwonerId), { achternaam: 'de Bakker', reden: 'Correctieverzoek' }, '"2"').expect(200);
      const afgehandeld = (
        await fo.post(`/api/v1/correctieverzoeken/${verzoek.id}/afhandeling`, doorgevoerd).expect(200)
      ).body;
      expect(afgehandeld).toMatchObject({ status: 'doorgevoerd', uitkomstToelichting: 'Uw achternaam is aangepast.' });
      await fo
        .post(`/api/v1/correctieverzoeken/${verzoek.id}/afhandeling`, { uitkomst: 'afgewezen', toelichting: 'x' })
        .expect(409);
      expect((await fo.get('/api/v1/correctieverzoeken?status=open').expect(200)).body.items).not.toContainEqual(
        expect.objectContaining({ id: verzoek.id }),
      );
      const mijn = (await ik.get('/api/v1/mijn/correctieverzoeken').expect(200)).body.items;
      expect(mijn).toEqual([
        expect.objectContaining({ id: verzoek.id, status: 'doorgevoerd', afgehandeldDoor: { organisatie: 'GM0014' } }),
      ]);
      expect(JSON.stringify(mijn)).not.toContain('fo-1');
      // Staff cannot use the inwoner's routes; the inwoner cannot use the front office's.
      expect((await fo.get('/api/v1/mijn/gegevens')).status).toBe(403);
      expect((await ik.get('/api/v1/correctieverzoeken')).status).toBe(403);
      const acties = await t.query<{ actie: string; inwoners: string[] }>(
        `SELECT actie, inwoner_ids::text[] AS inwoners FROM audit_log WHERE wat_soort LIKE 'correctieverzoek%' OR actie = 'mijn-gegevens-inzien' ORDER BY id`,
      );
      expect(acties.filter((a) => a.inwoners.includes(inwonerId)).map((a) => a.actie)).toEqual([
        'mijn-gegevens-inzien',
        'correctieverzoek-indienen',
        'correctieverzoeken-inzien',
        'correctieverzoek-afhandelen',
        'mijn-correctieverzoeken-inzien',
      ]);
    });

    it('exports everything intake holds about the person, BSN masked, none of another person’s, every table covered', async () => {
      const bsn = syntheticBsn(20_002);
      const { inwonerId } = await registreer({ bsn, voornaam: 'Jelle', achternaam: 'Zijlstra' });
      const ander = await registreer({ voornaam: 'Wietske', achternaam: 'Anders' });
      await (
        await t.asInwoner(inwonerId)
      )
        .post('/api/v1/mijn/correctieverzoeken', { onderdeel: 'adres', gewenst: 'Markt 1' })
        .expect(201);
      await (
        await t.asInwoner(ander.inwonerId)
      )
        .post('/api/v1/mijn/correctieverzoeken', { onderdeel: 'adres', gewenst: 'Plein 9' })
        .expect(201);
      const res = await (await t.asInwoner(inwonerId)).get('/api/v1/mijn/gegevens-export').expect(200);
      const deel = (soort: string) => res.body.onderdelen.find((o: { soort: string }) => o.soort === soort);
      expect(res.body.dienst).toBe('intake');
      expect(deel('identiteit')).toMatchObject({
        bewaartermijn: { jaren: 5, termijn: 'P5Y' },
        gegevens: [{ id: inwonerId, voornaam: 'Jelle', achternaam: 'Zijlstra', bsn: `******${bsn.slice(-3)}` }],
      });
      expect(deel('aanmeldingen').gegevens).toEqual([
        expect.objectContaining({ voornaam: 'Jelle', hulpvraag: 'Ik zoek werk' }),
      ]);
      expect(deel('correctieverzoeken').gegevens).toEqual([
        expect.objectContaining({ gewenst: 'Markt 1', status: 'open' }),
      ]);
      const tekst = JSON.stringify(res.body);
      expect([
        tekst.includes(bsn),
        tekst.includes('Wietske'),
        tekst.includes('Plein 9'),
        tekst.includes(ander.inwonerId),
      ]).toEqual([false, false, false, false]);
      const register = intakeGegevens(undefined as never);
      expect(await nietGedekteTabellen(t.app.get(DataSource).manager, register)).toEqual([]);
    });
  });
});
