import { AanmeldingAfgerond, ToestemmingGewijzigd } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

describe('intake: consent and the versioned routing table', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const consentEvents = async (inwonerId: string) =>
    (await t.published(ToestemmingGewijzigd))
      .map((m) => m.json<{ data: { inwonerId: string; gegeven: boolean } }>().data)
      .filter((d) => d.inwonerId === inwonerId);

  it('records and withdraws consent, shows the current state on the inwoner, and announces each change once', async () => {
    const fo = await t.as('frontoffice');
    const { inwonerId } = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    const url = `/api/v1/inwoners/${inwonerId}/toestemmingen/profiel-delen-met-werkgevers`;
    expect((await fo.put(url, { gegeven: true }).expect(200)).body).toMatchObject({
      doel: 'profiel-delen-met-werkgevers',
      gegeven: true,
    });
    await fo.put(url, { gegeven: true }).expect(200); // unchanged: no new event
    expect((await fo.get(`/api/v1/inwoners/${inwonerId}`).expect(200)).body.toestemmingen).toEqual([
      expect.objectContaining({ doel: 'profiel-delen-met-werkgevers', gegeven: true }),
    ]);
    await fo.put(url, { gegeven: false }).expect(200);
    await eventually(async () => expect((await consentEvents(inwonerId)).map((d) => d.gegeven)).toEqual([true, false]));
    const history = await t.query('SELECT gegeven FROM toestemming_wijzigingen WHERE inwoner_id = $1 ORDER BY id', [
      inwonerId,
    ]);
    expect(history.map((h) => h.gegeven)).toEqual([true, false]);
  });

  it('refuses consent changes for an unknown purpose, another organisation, or a malformed body', async () => {
    const fo = await t.as('frontoffice');
    const { inwonerId } = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    await fo.put(`/api/v1/inwoners/${inwonerId}/toestemmingen/alles-delen`, { gegeven: true }).expect(404);
    await fo
      .put(`/api/v1/inwoners/${inwonerId}/toestemmingen/profiel-delen-met-werkgevers`, { gegeven: 'ja' })
      .expect(400);
    await (
      await t.as('frontoffice', 'GM0034')
    )
      .put(`/api/v1/inwoners/${inwonerId}/toestemmingen/profiel-delen-met-werkgevers`, { gegeven: true })
      .expect(404);
  });

  it('routes with the table in force, and keeps old aanmeldingen on the version that routed them', async () => {
    const fo = await t.as('frontoffice');
    const beheer = await t.as('beheer', 'WIZ', 'functioneel-beheerder');
    const current = (await beheer.get('/api/v1/routeringsregels').expect(200)).body;
    expect(current.versie).toBe(2); // 1: the first seed, 2: the JTF area of issue 15

    const before = (
      await fo
        .post(
          '/api/v1/aanmeldingen',
          aanmelding({ situatie: { uitkering: 'geen', werkend: false, startkwalificatie: true } }),
        )
        .expect(201)
    ).body;
    expect(before.routeringsversie).toBe(2);

    // A new version that sends everyone to the Talentperron first.
    const tabel = {
      ...current.tabel,
      routeregels: [
        {
          naam: 'alles-naar-talentperron',
          voorwaarden: {},
          route: {
            stap: 'orienteren',
            organisatie: 'talentperron',
            dienst: 'oriëntatie',
            toelichting: 'U bent welkom bij het Talentperron.',
          },
        },
      ],
    };
    const created = await beheer.post('/api/v1/routeringsregels', { toelichting: 'proef', tabel }).expect(201);
    expect(created.body.versie).toBe(3);

    const after = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    expect(after).toMatchObject({ routeringsversie: 3, route: { organisatie: 'talentperron', stap: 'orienteren' } });
    const [old] = await t.query('SELECT routeringsversie FROM aanmeldingen WHERE id = $1', [before.id]);
    expect(old.routeringsversie).toBe(2);
    expect((await beheer.get('/api/v1/routeringsregels/versies/2').expect(200)).body.tabel).toEqual(current.tabel);
    await eventually(async () => {
      const events = (await t.published(AanmeldingAfgerond)).map(
        (m) => m.json<{ data: { aanmeldingId: string; organisatie: string; routeringVersie?: number } }>().data,
      );
      expect(events.find((e) => e.aanmeldingId === after.id)).toMatchObject({
        organisatie: 'talentperron',
        routeringVersie: 3,
      });
      expect(events.find((e) => e.aanmeldingId === before.id)?.routeringVersie).toBe(2);
    });
  });

  it('refuses a routing table without a catch-all, and refuses table changes to front office', async () => {
    const beheer = await t.as('beheer', 'WIZ');
    const current = (await beheer.get('/api/v1/routeringsregels').expect(200)).body;
    const zonderVangnet = {
      ...current.tabel,
      routeregels: [
        {
          naam: 'alleen-ww',
          voorwaarden: { uitkering: ['ww'] },
          route: { stap: 'matchen', organisatie: 'UWV', dienst: 'x', toelichting: 'x' },
        },
      ],
    };
    const res = await beheer
      .post('/api/v1/routeringsregels', { toelichting: 'fout', tabel: zonderVangnet })
      .expect(400);
    expect(res.body.errors[0].field).toMatch(/^tabel/);
    await (
      await t.as('frontoffice')
    )
      .post('/api/v1/routeringsregels', { toelichting: 'x', tabel: current.tabel })
      .expect(403);
  });

  it('refuses roles other than front office and beheer', async () => {
    await (await t.as('consulent')).post('/api/v1/aanmeldingen', aanmelding()).expect(403);
    await (await t.as('werkgeversteam')).post('/api/v1/inwoners/_zoek', { bsn: '111222333' }).expect(403);
  });
});
