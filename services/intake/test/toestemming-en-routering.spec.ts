import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond, kalenderdag, ToestemmingGewijzigd, ToestemmingGewijzigdV2 } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';
import { inOutbox } from './intake-http';
import { statementsOf } from './statements-per-aanmelding';

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

  it('consents as records (issue 20): the inwoner gives, lists and withdraws their own; staff act on their behalf', async () => {
    const fo = await t.as('frontoffice');
    const { inwonerId } = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    const { inwonerId: ander } = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    const ik = await t.asInwoner(inwonerId);
    const vacatureId = randomUUID();
    const vandaag = kalenderdag(new Date());

    const werkgevers = (
      await ik.post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-werkgevers' }).expect(201)
    ).body;
    expect(werkgevers).toEqual({
      id: expect.any(String),
      doel: 'profiel-delen-met-werkgevers',
      gegevenOp: expect.any(String),
      actief: true,
      namens: false,
    });
    const vacature = (
      await ik
        .post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-vacature', vacatureId, geldigTot: vandaag })
        .expect(201)
    ).body;
    expect(vacature).toMatchObject({ vacatureId, geldigTot: vandaag, actief: true });
    // One in force per purpose (and vacancy); bad input is 400 naming the field.
    await ik.post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-werkgevers' }).expect(409);
    await ik
      .post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-vacature', vacatureId: randomUUID() })
      .expect(201);
    const verleden = (
      await ik
        .post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-school', geldigTot: '2020-01-01' })
        .expect(400)
    ).body;
    expect(verleden.errors?.[0]?.field ?? verleden.detail).toContain('geldigTot');
    await ik.post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-vacature' }).expect(400);
    await ik.post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-school', vacatureId }).expect(400);
    await ik.post('/api/v1/mijn/toestemmingen', { doel: 'profiel-delen-met-school', inwonerId: ander }).expect(400);

    // Another inwoner cannot withdraw (or even find) my consent; I withdraw it once.
    await (await t.asInwoner(ander)).post(`/api/v1/mijn/toestemmingen/${werkgevers.id}/intrekking`).expect(404);
    const ingetrokken = (await ik.post(`/api/v1/mijn/toestemmingen/${werkgevers.id}/intrekking`).expect(200)).body;
    expect(ingetrokken).toMatchObject({ id: werkgevers.id, actief: false, ingetrokkenOp: expect.any(String) });
    await ik.post(`/api/v1/mijn/toestemmingen/${werkgevers.id}/intrekking`).expect(409);

    // Staff give again on my behalf: a new consent, namens; the history tells me who acted (not which person).
    const namens = (
      await fo.post(`/api/v1/inwoners/${inwonerId}/toestemmingen`, { doel: 'profiel-delen-met-werkgevers' }).expect(201)
    ).body;
    expect(namens).toMatchObject({ actief: true, namens: true });
    expect(namens.id).not.toBe(werkgevers.id);
    await (await t.as('frontoffice', 'GM0034')).get(`/api/v1/inwoners/${inwonerId}/toestemmingen`).expect(404);
    await fo.post(`/api/v1/inwoners/${ander}/toestemmingen/${namens.id}/intrekking`).expect(404);

    const mijn = (await ik.get('/api/v1/mijn/toestemmingen').expect(200)).body;
    expect(mijn).toEqual((await fo.get(`/api/v1/inwoners/${inwonerId}/toestemmingen`).expect(200)).body);
    expect(mijn.items.map((i: { id: string; actief: boolean }) => [i.id, i.actief])).toEqual(
      expect.arrayContaining([
        [werkgevers.id, false],
        [vacature.id, true],
        [namens.id, true],
      ]),
    );
    expect(
      mijn.geschiedenis.filter((h: { toestemmingId: string }) => [werkgevers.id, namens.id].includes(h.toestemmingId)),
    ).toEqual([
      expect.objectContaining({ toestemmingId: werkgevers.id, handeling: 'gegeven', door: 'uzelf' }),
      expect.objectContaining({ toestemmingId: werkgevers.id, handeling: 'ingetrokken', door: 'uzelf' }),
      {
        toestemmingId: namens.id,
        doel: 'profiel-delen-met-werkgevers',
        handeling: 'gegeven',
        op: namens.gegevenOp,
        door: 'medewerker',
        organisatie: 'GM0014',
      },
    ]);
    expect((await (await t.asInwoner(ander)).get('/api/v1/mijn/toestemmingen').expect(200)).body).toEqual({
      items: [],
      geschiedenis: [],
    });

    // Every change announced: v2 for each, v1 beside it for the employers purpose; every call audited for the inwoner.
    const v2 = await inOutbox(t, ToestemmingGewijzigdV2.type, inwonerId);
    expect(v2.map((d) => [d.doel, d.gegeven])).toEqual([
      ['profiel-delen-met-werkgevers', true],
      ['profiel-delen-met-vacature', true],
      ['profiel-delen-met-vacature', true],
      ['profiel-delen-met-werkgevers', false],
      ['profiel-delen-met-werkgevers', true],
    ]);
    expect(v2[1]).toMatchObject({ toestemmingId: vacature.id, vacatureId, geldigTot: vandaag });
    expect((await inOutbox(t, ToestemmingGewijzigd.type, inwonerId)).map((d) => d.gegeven)).toEqual([
      true,
      false,
      true,
    ]);
    const audit = await t.query<{ actie: string; rollen: string[] }>(
      `SELECT actie, rollen::text[] AS rollen FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie LIKE 'toestemming%' ORDER BY id`,
      [inwonerId],
    );
    expect(audit.filter((a) => a.rollen.includes('inwoner')).map((a) => a.actie)).toEqual([
      'toestemming-wijzigen',
      'toestemming-wijzigen',
      'toestemming-wijzigen',
      'toestemming-wijzigen',
      'toestemmingen-inzien',
    ]);

    // The old PUT works on the same records: it withdraws the consent in force, and shows the state on the inwoner.
    await fo
      .put(`/api/v1/inwoners/${inwonerId}/toestemmingen/profiel-delen-met-werkgevers`, { gegeven: false })
      .expect(200);
    expect(
      (await ik.get('/api/v1/mijn/toestemmingen').expect(200)).body.items.find(
        (i: { id: string }) => i.id === namens.id,
      ),
    ).toMatchObject({ actief: false, namens: true });
    await fo
      .put(`/api/v1/inwoners/${inwonerId}/toestemmingen/profiel-delen-met-vacature`, { gegeven: true })
      .expect(400);
    expect((await fo.get(`/api/v1/inwoners/${inwonerId}`).expect(200)).body.toestemmingen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ doel: 'profiel-delen-met-werkgevers', gegeven: false }),
        expect.objectContaining({ doel: 'profiel-delen-met-vacature', vacatureId, gegeven: true, geldigTot: vandaag }),
      ]),
    );
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

  it('writes an aanmelding of a new inwoner in 1 statement, without BEGIN and COMMIT (issue 21)', async () => {
    const fo = await t.as('frontoffice');
    await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201); // the table in force is now in memory
    let registratie = { id: '', inwonerId: '' };
    const statements = await statementsOf(async () => {
      const body = aanmelding({ inwoner: { bsn: '242424260', achternaam: 'Telling' } });
      registratie = (await fo.post('/api/v1/aanmeldingen', body).expect(201)).body;
    });
    const { id, inwonerId } = registratie;
    console.log(`statements per aanmelding: ${statements.length}\n${statements.join('\n')}`);
    // The inwoner, the aanmelding, its audit row and its event are one statement, which commits alone: no BEGIN and
    // COMMIT around it.
    expect(statements.length).toBeLessThanOrEqual(1);
    // All of it landed: the aanmelding, its audit row and its event, in that one statement.
    expect(await t.query('SELECT 1 FROM aanmeldingen WHERE id = $1', [id])).toHaveLength(1);
    expect(await t.query("SELECT 1 FROM audit_log WHERE wat_id = $1 AND actie = 'vastleggen'", [id])).toHaveLength(1);
    expect((await inOutbox(t, AanmeldingAfgerond.type, inwonerId)).map((d) => d.aanmeldingId)).toEqual([id]);
  });

  it('writes an aanmelding of an inwoner known by BSN in 2 statements, its identity check included (issue 21)', async () => {
    const fo = await t.as('frontoffice');
    const bsn = '242424272';
    const eerste = (await fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { bsn, achternaam: 'Bekend' } }))).body;
    let registratie = { id: '', inwonerId: '', identiteitTeControleren: false };
    const statements = await statementsOf(async () => {
      const body = aanmelding({ inwoner: { bsn, achternaam: 'Anders' } });
      registratie = (await fo.post('/api/v1/aanmeldingen', body).expect(201)).body;
    });
    const { id, inwonerId, identiteitTeControleren } = registratie;
    console.log(`statements per aanmelding of a known BSN: ${statements.length}\n${statements.join('\n')}`);
    // The first statement stores nothing but answers who holds the BSN; the second stores the aanmelding for them
    // with its audit row, its event and the identity check, so no lookup or check of its own. Each commits alone.
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(inwonerId).toBe(eerste.inwonerId);
    expect(identiteitTeControleren).toBe(true);
    expect(await t.query('SELECT 1 FROM aanmeldingen WHERE id = $1 AND inwoner_id = $2', [id, inwonerId])).toHaveLength(
      1,
    );
    expect(
      await t.query('SELECT afwijkende_velden FROM identiteitscontroles WHERE aanmelding_id = $1 AND inwoner_id = $2', [
        id,
        inwonerId,
      ]),
    ).toEqual([{ afwijkende_velden: ['achternaam'] }]);
    expect(await t.query("SELECT 1 FROM audit_log WHERE wat_id = $1 AND actie = 'vastleggen'", [id])).toHaveLength(1);
    expect((await inOutbox(t, AanmeldingAfgerond.type, inwonerId)).map((d) => d.aanmeldingId)).toContain(id);
    expect(await t.query('SELECT 1 FROM inwoners WHERE achternaam = $1', ['Anders'])).toHaveLength(0);
  });

  it('routes with a version another instance published, though the one in memory was older (issue 21)', async () => {
    const fo = await t.as('frontoffice');
    const eerst = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    // Straight into the table, as another instance's POST /routeringsregels would: this one hears nothing of it.
    const [nieuw] = await t.query(
      `INSERT INTO routeringsregels (versie, tabel, toelichting, vastgesteld_door)
       SELECT versie + 1, tabel, 'elders', 'test' FROM routeringsregels ORDER BY versie DESC LIMIT 1 RETURNING versie`,
    );
    expect(nieuw.versie).toBe(eerst.routeringsversie + 1);
    let daarna = { id: '', routeringsversie: 0 };
    const statements = await statementsOf(async () => {
      daarna = (await fo.post('/api/v1/aanmeldingen', aanmelding()).expect(201)).body;
    });
    expect(daarna.routeringsversie).toBe(nieuw.versie);
    const [opgeslagen] = await t.query('SELECT routeringsversie FROM aanmeldingen WHERE id = $1', [daarna.id]);
    expect(opgeslagen.routeringsversie).toBe(nieuw.versie);
    // The try on the old version stored nothing, its inwoner neither (each statement commits alone, so an inwoner
    // stored then would stay without an aanmelding should the next try fail): the inwoner came with the aanmelding.
    const schrijvend = statements.filter((s) => /INSERT INTO "?aanmeldingen"?/i.test(s));
    expect(schrijvend).toHaveLength(2);
    expect(schrijvend.every((s) => /INSERT INTO inwoners/i.test(s))).toBe(true);
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
