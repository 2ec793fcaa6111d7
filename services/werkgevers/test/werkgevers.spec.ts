import ExcelJS from 'exceljs';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { kalenderdag, PlaatsingBeeindigd, PlaatsingGerealiseerd } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';

describe('werkgevers', () => {
  const pseudoniemSleutel = randomBytes(32);
  const t = new WerkgeversTestApp({ KANDIDAAT_PSEUDONIEM_SLEUTEL: pseudoniemSleutel.toString('base64') });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 10_000_000;
  const nieuweWerkgever = async (extra: object = {}) =>
    (
      await (
        await t.as('werkgeversteam')
      )
        .post('/api/v1/werkgevers', {
          kvkNummer: String(++kvk),
          naam: 'Zorggroep Noord',
          gemeentecode: 'GM0014',
          sbiCode: '8710',
          ...extra,
        })
        .expect(201)
    ).body.id as string;

  it('registers an employer once per KvK number, also for concurrent requests, and names the existing one', async () => {
    const wt = await t.as('werkgeversteam');
    const body = {
      kvkNummer: '12345678',
      naam: 'Bouwbedrijf Hoogeland',
      gemeentecode: 'GM1966',
      strategischPartner: true,
    };
    const responses = await Promise.all(Array.from({ length: 6 }, () => wt.post('/api/v1/werkgevers', body)));
    const created = responses.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    const conflicts = responses.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(5);
    for (const c of conflicts) expect(c.body.bestaandId).toBe(created[0].body.id);
    expect((await t.query(`SELECT count(*)::int AS n FROM werkgevers WHERE kvk_nummer = '12345678'`))[0].n).toBe(1);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const wt = await t.as('werkgeversteam');
    for (const kvkNummer of ['1234567', '123456789', '1234567a']) {
      expect(
        (await wt.post('/api/v1/werkgevers', { kvkNummer, naam: 'x', gemeentecode: 'GM0014' }).expect(400)).body
          .errors[0].field,
      ).toBe('kvkNummer');
    }
    const id = await nieuweWerkgever();
    for (const urenPerWeek of [-1, 0, 61]) {
      const res = await wt
        .post(`/api/v1/werkgevers/${id}/vacatures`, { titel: 'Helpende', urenPerWeek, aantal: 1, skills: [] })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['urenPerWeek']);
    }
    expect(
      (
        await wt
          .post(`/api/v1/werkgevers/${id}/vacatures`, {
            titel: 'x',
            urenPerWeek: 20,
            aantal: 1,
            skills: ['toveren', ' \t '],
          })
          .expect(400)
      ).body.errors[0].field,
    ).toMatch(/^skills/);
    const sroi = {
      werkgeverId: id,
      opdracht: 'Nieuwbouw',
      opdrachtwaardeCenten: 100_000_000,
      percentage: 5,
      startdatum: '2026-01-01',
      einddatum: '2026-12-31',
    };
    expect(
      (await wt.post('/api/v1/sroi-verplichtingen', { ...sroi, percentage: 101 }).expect(400)).body.errors[0].field,
    ).toBe('percentage');
    expect(
      (await wt.post('/api/v1/sroi-verplichtingen', { ...sroi, percentage: -1 }).expect(400)).body.errors[0].field,
    ).toBe('percentage');
    expect(
      (await wt.post('/api/v1/sroi-verplichtingen', { ...sroi, opdrachtwaardeCenten: 12.5 }).expect(400)).body.errors[0]
        .field,
    ).toBe('opdrachtwaardeCenten');
    expect(
      (await wt.post('/api/v1/sroi-verplichtingen', { ...sroi, einddatum: '2025-12-31' }).expect(400)).body.errors[0]
        .field,
    ).toBe('einddatum');
    await wt
      .post(`/api/v1/werkgevers/${'00000000-0000-4000-8000-000000000000'}/vacatures`, {
        titel: 'x',
        urenPerWeek: 20,
        aantal: 1,
      })
      .expect(404);
  });

  it('shows candidates pseudonymously, the profile only with consent and release, and hides it again at once', async () => {
    const wt = await t.as('werkgeversteam');
    const werkgever = await nieuweWerkgever();
    const vacature = (
      await wt
        .post(`/api/v1/werkgevers/${werkgever}/vacatures`, {
          titel: 'Helpende zorg',
          urenPerWeek: 24,
          aantal: 2,
          skills: ['persoonlijke-verzorging', 'nederlands-b1'],
        })
        .expect(201)
    ).body.id;
    const { trajectId, inwonerId } = await t.traject('matchen');
    const { trajectId: nogNiet } = await t.traject('orienteren');
    const kandidaat = async () => {
      const items = (await wt.get(`/api/v1/vacatures/${vacature}/kandidaten`).expect(200)).body.items;
      expect(JSON.stringify(items)).not.toContain(nogNiet); // not in Matchen: not a candidate
      return items.find(
        (i: { profiel?: { trajectId: string }; kandidaatcode: string }) =>
          i.profiel?.trajectId === trajectId || !i.profiel,
      );
    };
    const anoniem = await kandidaat();
    expect(anoniem.kandidaatcode).toMatch(/^K-[0-9A-F]{8}$/);
    expect(anoniem.profiel).toBeUndefined();
    expect(JSON.stringify((await wt.get(`/api/v1/vacatures/${vacature}/kandidaten`)).body)).not.toContain(trajectId);

    await (
      await t.as('consulent')
    )
      .put(`/api/v1/kandidaten/${trajectId}/profiel`, {
        skills: ['persoonlijke-verzorging', 'rijbewijs-b'],
        vrijgegeven: true,
      })
      .expect(200);
    expect(JSON.stringify((await wt.get(`/api/v1/vacatures/${vacature}/kandidaten`)).body)).not.toContain(trajectId); // released, no consent yet

    await t.toestemming(inwonerId, true);
    const zichtbaar = await eventually(async () => {
      const items = (await wt.get(`/api/v1/vacatures/${vacature}/kandidaten`).expect(200)).body.items;
      const found = items.find((i: { profiel?: { trajectId: string } }) => i.profiel?.trajectId === trajectId);
      expect(found).toBeDefined();
      return found;
    });
    expect(zichtbaar).toMatchObject({
      score: 1,
      overlap: ['persoonlijke-verzorging'],
      profiel: { skills: ['persoonlijke-verzorging', 'rijbewijs-b'] },
    });
    // The released profile names its person in the read's audit row, for their "who read my data".
    const [gelezen] = await t.query(
      `SELECT inwoner_ids::text[] AS ids FROM audit_log WHERE actie = 'kandidaten-inzien' ORDER BY id DESC LIMIT 1`,
    );
    expect(gelezen.ids).toContain(inwonerId);

    await t.toestemming(inwonerId, true, new Date(Date.now() - 60_000)); // an older event arriving late changes nothing
    await t.toestemming(inwonerId, false);
    await eventually(async () =>
      expect(JSON.stringify((await wt.get(`/api/v1/vacatures/${vacature}/kandidaten`)).body)).not.toContain(trajectId),
    );
    await (
      await t.as('consulent', 'GM0034')
    )
      .put(`/api/v1/kandidaten/${trajectId}/profiel`, { skills: [], vrijgegeven: true })
      .expect(404);
  });

  it('gives candidates a keyed code the ids alone do not yield, and a new one when consent is withdrawn (pentest finding 10)', async () => {
    const wt = await t.as('werkgeversteam');
    const vacature = (
      await wt
        .post(`/api/v1/werkgevers/${await nieuweWerkgever()}/vacatures`, {
          titel: 'Kok',
          urenPerWeek: 32,
          aantal: 1,
          skills: ['koken'],
        })
        .expect(201)
    ).body.id as string;
    const { trajectId, inwonerId } = await t.traject('matchen');
    await (
      await t.as('consulent')
    )
      .put(`/api/v1/kandidaten/${trajectId}/profiel`, { skills: ['koken'], vrijgegeven: true })
      .expect(200);
    const hmac = (toestemmingSinds: string) =>
      `K-${createHmac('sha256', pseudoniemSleutel).update(`${vacature}:${trajectId}:${toestemmingSinds}`).digest('hex').slice(0, 8).toUpperCase()}`;
    const codes = async () =>
      (await wt.get(`/api/v1/vacatures/${vacature}/kandidaten`).expect(200)).body.items as {
        kandidaatcode: string;
        profiel?: { trajectId: string };
      }[];

    // Before any consent: the code is the HMAC under the configured key, not the old keyless sha256 of the two ids.
    const anoniem = await codes();
    const oud = `K-${createHash('sha256').update(`${vacature}:${trajectId}`).digest('hex').slice(0, 8).toUpperCase()}`;
    expect(anoniem.map((k) => k.kandidaatcode)).not.toContain(oud);
    expect(anoniem.map((k) => k.kandidaatcode)).toContain(hmac(''));

    const gegevenOp = new Date(Date.now() - 1_000);
    await t.toestemming(inwonerId, true, gegevenOp);
    const zichtbaar = await eventually(async () => {
      const found = (await codes()).find((k) => k.profiel?.trajectId === trajectId);
      expect(found).toBeDefined();
      return found!;
    });
    expect(zichtbaar.kandidaatcode).toBe(hmac(gegevenOp.toISOString()));

    // Withdrawn: no profile and no traject id anywhere in the answer, and no code the team saw beside the profile.
    const ingetrokkenOp = new Date();
    await t.toestemming(inwonerId, false, ingetrokkenOp);
    const na = await eventually(async () => {
      const antwoord = await wt.get(`/api/v1/vacatures/${vacature}/kandidaten`).expect(200);
      expect(antwoord.text).not.toContain(trajectId);
      return antwoord.body.items as { kandidaatcode: string; profiel?: unknown }[];
    });
    expect(na.find((k) => k.kandidaatcode === hmac(ingetrokkenOp.toISOString()))).toEqual(
      expect.not.objectContaining({ profiel: expect.anything() }),
    );
    expect(na.map((k) => k.kandidaatcode)).not.toContain(zichtbaar.kandidaatcode);
    expect(na.map((k) => k.kandidaatcode)).not.toContain(hmac(''));
  });

  it('consents per purpose (v2): a vacancy consent shows the profile for that vacancy only; a lapse or withdrawal hides it', async () => {
    const wt = await t.as('werkgeversteam');
    const werkgever = await nieuweWerkgever({ naam: 'Kwekerij Oost' });
    const vacature = async (titel: string) =>
      (
        await wt
          .post(`/api/v1/werkgevers/${werkgever}/vacatures`, { titel, urenPerWeek: 20, aantal: 1, skills: ['koken'] })
          .expect(201)
      ).body.id as string;
    const [v, andere] = [await vacature('Teler'), await vacature('Inpakker')];
    const { trajectId, inwonerId } = await t.traject('matchen');
    await (
      await t.as('consulent')
    )
      .put(`/api/v1/kandidaten/${trajectId}/profiel`, { skills: ['koken'], vrijgegeven: true })
      .expect(200);
    const zichtbaarBij = async (vacatureId: string) =>
      (await wt.get(`/api/v1/vacatures/${vacatureId}/kandidaten`).expect(200)).text.includes(trajectId);
    const ids: string[] = [];
    const stuur = async (d: Parameters<typeof t.toestemmingV2>[0]) => ids.push(await t.toestemmingV2(d));
    const vandaag = kalenderdag(new Date());
    const gisteren = new Date(Date.now() - 36 * 3600_000).toISOString().slice(0, 10);

    // A school consent or a lapsed employers consent shows nothing.
    await stuur({ inwonerId, doel: 'profiel-delen-met-school', gegeven: true });
    await stuur({ inwonerId, doel: 'profiel-delen-met-werkgevers', gegeven: true, geldigTot: gisteren });
    await t.verwerkt(ids);
    expect([await zichtbaarBij(v), await zichtbaarBij(andere)]).toEqual([false, false]);

    // For vacancy v only; a later (older) withdrawal arriving late does not hide it again.
    const toestemmingId = '0e1d2c3b-4a59-4687-9a5b-c4d3e2f10a9b';
    const gegevenOp = new Date(Date.now() - 1_000).toISOString();
    const voorV = { inwonerId, doel: 'profiel-delen-met-vacature', vacatureId: v, toestemmingId } as const;
    await stuur({ ...voorV, gegeven: true, gewijzigdOp: gegevenOp, geldigTot: vandaag });
    await stuur({ ...voorV, gegeven: false, gewijzigdOp: new Date(Date.now() - 60_000).toISOString() });
    await t.verwerkt(ids);
    expect([await zichtbaarBij(v), await zichtbaarBij(andere)]).toEqual([true, false]);
    // The same change again (a redelivery, or v1 beside v2) changes nothing.
    await stuur({ ...voorV, gegeven: true, gewijzigdOp: gegevenOp, geldigTot: vandaag });
    await t.verwerkt(ids);
    expect(await zichtbaarBij(v)).toBe(true);

    // Withdrawn: hidden; an older 'given' arriving late does not bring it back.
    await stuur({ ...voorV, gegeven: false });
    await stuur({ ...voorV, gegeven: true, gewijzigdOp: gegevenOp });
    await t.verwerkt(ids);
    expect(await zichtbaarBij(v)).toBe(false);
    expect(
      await t.query('SELECT doel, gegeven FROM toestemmingen WHERE inwoner_id = $1 ORDER BY doel', [inwonerId]),
    ).toEqual([
      { doel: 'profiel-delen-met-school', gegeven: true },
      { doel: 'profiel-delen-met-vacature', gegeven: false },
      { doel: 'profiel-delen-met-werkgevers', gegeven: true },
    ]);

    // The inwoner sees the open vacancies whose candidate list they are on; someone not in Matchen sees none.
    const mijn = (await (await t.asInwoner(inwonerId)).get('/api/v1/mijn/vacatures').expect(200)).body.items;
    expect(mijn).toEqual(
      expect.arrayContaining([
        { id: v, titel: 'Teler', werkgever: 'Kwekerij Oost' },
        { id: andere, titel: 'Inpakker', werkgever: 'Kwekerij Oost' },
      ]),
    );
    const { inwonerId: nogNiet } = await t.traject('orienteren');
    expect((await (await t.asInwoner(nogNiet)).get('/api/v1/mijn/vacatures').expect(200)).body.items).toEqual([]);
    await wt.get('/api/v1/mijn/vacatures').expect(403);
  });

  it('applies step events in version order, ignoring a stale one that arrives late', async () => {
    const { trajectId, inwonerId } = await t.traject('matchen'); // version 2
    await t.stap(trajectId, inwonerId, 'matchen', 'scholen', 4);
    await t.stap(trajectId, inwonerId, 'orienteren', 'begeleiden', 3); // older, arrives later
    await eventually(async () =>
      expect((await t.query('SELECT stap, versie FROM kandidaten WHERE traject_id = $1', [trajectId]))[0]).toEqual({
        stap: 'scholen',
        versie: 4,
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await t.query('SELECT stap FROM kandidaten WHERE traject_id = $1', [trajectId]))[0].stap).toBe('scholen');
  });

  it('records a placement once with one event, also when the request is retried, and ends it', async () => {
    const wt = await t.as('werkgeversteam');
    const werkgever = await nieuweWerkgever();
    const { trajectId } = await t.traject('matchen');
    const body = {
      trajectId,
      werkgeverId: werkgever,
      startdatum: '2026-03-01',
      urenPerWeek: 28,
      contractvorm: 'tijdelijk',
      afspraakbaan: false,
    };
    const retries = await Promise.all(
      Array.from({ length: 4 }, () =>
        wt.post('/api/v1/plaatsingen', body).set('Idempotency-Key', `plaatsing-${trajectId}`),
      ),
    );
    expect(retries.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const id = retries[0].body.id;
    expect(new Set(retries.map((r) => r.body.id))).toEqual(new Set([id]));
    expect((await wt.post('/api/v1/plaatsingen', body).expect(409)).body.bestaandId).toBe(id); // retried without the key
    await eventually(async () =>
      expect(
        (await t.published(PlaatsingGerealiseerd))
          .map((m) => m.json<{ data: Record<string, unknown> }>())
          .filter((e) => e.data.plaatsingId === id),
      ).toHaveLength(1),
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(
      (await t.published(PlaatsingGerealiseerd))
        .map((m) => m.json<{ data: Record<string, unknown> }>())
        .filter((e) => e.data.trajectId === trajectId),
    ).toHaveLength(1);

    expect(
      (await wt.post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-02-01', reden: 'x' }).expect(400)).body
        .errors[0].field,
    ).toBe('einddatum');
    await wt.post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-05-01', reden: 'proeftijd' }).expect(200);
    await wt.post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-05-02', reden: 'x' }).expect(409);
    await eventually(async () =>
      expect(
        (await t.published(PlaatsingBeeindigd))
          .map((m) => m.json<{ data: Record<string, unknown> }>())
          .filter((e) => e.data.plaatsingId === id),
      ).toHaveLength(1),
    );
  });

  it('refuses placements with unknown references, naming each field', async () => {
    const wt = await t.as('werkgeversteam');
    const res = await wt
      .post('/api/v1/plaatsingen', {
        trajectId: '00000000-0000-4000-8000-000000000001',
        werkgeverId: '00000000-0000-4000-8000-000000000002',
        startdatum: '2026-03-01',
        urenPerWeek: 20,
        contractvorm: 'vast',
      })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['trajectId', 'werkgeverId']);
    const werkgever = await nieuweWerkgever();
    const { trajectId } = await t.traject('matchen');
    expect(
      (
        await wt
          .post('/api/v1/plaatsingen', {
            trajectId,
            werkgeverId: werkgever,
            startdatum: '2026-03-01',
            urenPerWeek: 60.5,
            contractvorm: 'vast',
          })
          .expect(400)
      ).body.errors[0].field,
    ).toBe('urenPerWeek');
  });

  it('values SROI placements in integer cents by bouwblok and shows progress', async () => {
    const wt = await t.as('werkgeversteam');
    const werkgever = await nieuweWerkgever();
    const verplichting = (
      await wt
        .post('/api/v1/sroi-verplichtingen', {
          werkgeverId: werkgever,
          opdracht: 'Onderhoud wegen',
          opdrachtwaardeCenten: 100_000_000,
          percentage: 5,
          startdatum: '2026-01-01',
          einddatum: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    const a = await t.traject('matchen');
    const b = await t.traject('matchen');
    await wt
      .post('/api/v1/plaatsingen', {
        trajectId: a.trajectId,
        werkgeverId: werkgever,
        startdatum: '2026-01-01',
        urenPerWeek: 36,
        contractvorm: 'vast',
        sroiVerplichtingId: verplichting,
        sroiDoelgroep: 'participatiewet-kort',
      })
      .expect(201);
    await wt
      .post('/api/v1/plaatsingen', {
        trajectId: b.trajectId,
        werkgeverId: werkgever,
        startdatum: '2026-01-01',
        urenPerWeek: 18,
        contractvorm: 'vast',
        sroiVerplichtingId: verplichting,
        sroiDoelgroep: 'ww',
      })
      .expect(201);
    // Without doelgroep and nothing known of the person: the lowest bouwblok, shown as onbevestigd.
    expect(
      (
        await wt
          .post('/api/v1/plaatsingen', {
            trajectId: b.trajectId,
            werkgeverId: werkgever,
            startdatum: '2026-02-01',
            urenPerWeek: 18,
            contractvorm: 'vast',
            sroiVerplichtingId: verplichting,
          })
          .expect(201)
      ).body.sroiDoelgroepStatus,
    ).toBe('onbevestigd');
    const res = (await wt.get(`/api/v1/sroi-verplichtingen/${verplichting}?peildatum=2026-12-31`).expect(200)).body;
    // €30,000 a year at full time for the whole year + €12,500 a year at half time for the whole year
    // + €10,000 (geen-uitkering, the lowest) a year at half time for 334 of 365 days = floor(457,534.2)
    expect(res.voortgang).toMatchObject({
      doelCenten: 5_000_000,
      gerealiseerdCenten: 3_000_000 + 625_000 + 457_534,
      aantalPlaatsingen: 3,
      percentageGerealiseerd: 81.65,
    });
    expect(res.voortgang.doelgroepOnbevestigd).toEqual({ aantalPlaatsingen: 1, gerealiseerdCenten: 457_534 });
  });

  it('reports placements, afspraakbanen in 25.5-hour units, per sector and per arrangement, and exports them as XLSX', async () => {
    const wt = await t.as('werkgeversteam');
    const werkgever = await nieuweWerkgever({ sbiCode: '4321' });
    const arrangement = (
      await wt
        .post('/api/v1/arrangementen', {
          naam: 'Kansrijk Opleiden Zorg',
          soort: 'kansrijk-opleiden',
          werkgeverIds: [werkgever],
          onderwijsinstelling: 'Noorderpoort',
          plaatsen: 12,
          startdatum: '2026-01-01',
          einddatum: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    await wt
      .post('/api/v1/arrangementen', {
        naam: 'x',
        soort: 'werkfit',
        werkgeverIds: ['00000000-0000-4000-8000-000000000009'],
        plaatsen: 1,
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
      })
      .expect(400);
    const before = (await wt.get('/api/v1/rapportage?van=2030-01-01&tot=2030-12-31').expect(200)).body;
    for (const uren of [25.5, 12.75 * 2, 30]) {
      const { trajectId } = await t.traject('matchen');
      await wt
        .post('/api/v1/plaatsingen', {
          trajectId,
          werkgeverId: werkgever,
          arrangementId: arrangement,
          startdatum: '2030-02-01',
          urenPerWeek: uren,
          contractvorm: 'vast',
          afspraakbaan: true,
        })
        .expect(201);
    }
    const r = (await wt.get('/api/v1/rapportage?van=2030-01-01&tot=2030-12-31').expect(200)).body;
    expect(r.plaatsingen - before.plaatsingen).toBe(3);
    expect(r.afspraakbanenCumulatief - before.afspraakbanenCumulatief).toBe(3);
    expect(r.perSector).toContainEqual({ sector: '43', plaatsingen: 3 });
    expect(r.perArrangement).toContainEqual(
      expect.objectContaining({ arrangementId: arrangement, plaatsen: 12, plaatsingen: 3, bezet: 3 }),
    );
    expect((await wt.get(`/api/v1/arrangementen/${arrangement}`).expect(200)).body.bezet).toBe(3);
    // Places taken are those running on `tot`: none yet at the end of 2029, the placements start in 2030.
    const ervoor = (await wt.get('/api/v1/rapportage?van=2029-01-01&tot=2029-12-31').expect(200)).body;
    expect(ervoor.perArrangement).toContainEqual(
      expect.objectContaining({ arrangementId: arrangement, plaatsingen: 0, bezet: 0 }),
    );

    const file = await wt
      .get('/api/v1/rapportage/export?van=2030-01-01&tot=2030-12-31')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body);
    const totalen = new Map<string, unknown>();
    wb.getWorksheet('Totalen')!.eachRow(
      (row, i) => i > 1 && totalen.set(String(row.getCell(1).value), row.getCell(2).value),
    );
    expect(totalen.get('Plaatsingen')).toBe(r.plaatsingen);
    expect(totalen.get('Afspraakbanen (banen van 25,5 uur)')).toBe(r.afspraakbaanEenheden);
    expect(wb.getWorksheet('Per arrangement')!.rowCount).toBe(1 + r.perArrangement.length);
  });
});
