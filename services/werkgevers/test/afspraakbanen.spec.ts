import { randomUUID } from 'node:crypto';
import { PlaatsingUrenGewijzigd, StreefwaardeVastgesteld } from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';

/** Afspraakbanen as a running total from the basis beheer sets in trajecten; more hours for someone working. */
describe('werkgevers: afspraakbanen running total and hours', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 50_000_000;
  const werkgever = async () =>
    (
      await (
        await t.as('werkgeversteam')
      )
        .post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam: 'Banen BV', gemeentecode: 'GM0014' })
        .expect(201)
    ).body.id as string;
  const plaats = async (werkgeverId: string, startdatum: string, urenPerWeek: number, afspraakbaan = true) => {
    const { trajectId } = await t.traject('matchen');
    return (
      await (
        await t.as('werkgeversteam')
      )
        .post('/api/v1/plaatsingen', {
          trajectId,
          werkgeverId,
          startdatum,
          urenPerWeek,
          contractvorm: 'vast',
          afspraakbaan,
        })
        .expect(201)
    ).body.id as string;
  };
  const basis = (data: Partial<Parameters<typeof envelopeFor<typeof StreefwaardeVastgesteld>>[1]>) =>
    publishTestEvent(
      t.nc,
      t.run,
      StreefwaardeVastgesteld,
      envelopeFor(StreefwaardeVastgesteld, {
        streefwaardeId: randomUUID(),
        sleutel: 'afspraakbanen',
        geldigVanaf: '2020-01-01',
        vastgesteldOp: new Date().toISOString(),
        ...data,
      }),
    );
  const rapportage = async (tot: string, rol: 'werkgeversteam' | 'monitor' = 'werkgeversteam', van = '2030-01-01') =>
    (await (await t.as(rol, 'wiz')).get(`/api/v1/rapportage?van=${van}&tot=${tot}`).expect(200)).body;

  it('counts every afspraakbaan started up to tot from 0 without a basis, and from the basis in force once beheer set one', async () => {
    const w = await werkgever();
    await plaats(w, '2020-06-01', 25.5); // before the basisdatum set below
    const beeindigd = await plaats(w, '2030-02-01', 25.5);
    await plaats(w, '2030-03-01', 30);
    await plaats(w, '2030-03-01', 36, false);
    await (
      await t.as('werkgeversteam')
    )
      .post(`/api/v1/plaatsingen/${beeindigd}/beeindiging`, { einddatum: '2030-06-01', reden: 'einde contract' })
      .expect(200);

    expect(await rapportage('2030-12-31')).toMatchObject({
      afspraakbanenCumulatief: 3,
      afspraakbaanEenheden: 3.18, // (25.5 + 25.5 + 30) / 25.5 = 3.176…
      afspraakbanen: {
        basisdatum: '1900-01-01',
        beginstand: 0,
        beginstandEenheden: 0,
        banen: 3,
        doel: null,
        doelEenheden: null,
      },
      afspraakbanenLopend: { banen: 2, eenheden: 2.17 },
    });

    await basis({
      basisdatum: '2020-12-31',
      beginstand: 3001,
      beginstandEenheden: 2900.5,
      doel: 4000,
      doelEenheden: 3800,
    });
    await basis({ geldigVanaf: '2025-01-01', gemeentecode: 'GM0014', basisdatum: '2024-12-31', beginstand: 10 }); // a gemeente's own: not the region's
    await basis({
      geldigVanaf: '2025-01-01',
      sleutel: 'duurzame-plaatsingen',
      basisdatum: '2024-12-31',
      beginstand: 20,
    }); // another figure
    await basis({ geldigVanaf: '2031-01-01', basisdatum: '2030-12-31', beginstand: 5000, beginstandEenheden: 4800 }); // not yet in force in 2030
    await eventually(async () =>
      expect((await t.query('SELECT count(*)::int AS n FROM afspraakbanen_basis'))[0].n).toBe(2),
    );

    // Heads: 3001 + the two started after 2020-12-31 (ended or not); units: 2900.5 + 55.5 / 25.5 = 2902.676…
    const r = await rapportage('2030-12-31', 'monitor');
    expect(r).toMatchObject({
      afspraakbanenCumulatief: 3003,
      afspraakbaanEenheden: 2902.68,
      afspraakbanen: {
        basisdatum: '2020-12-31',
        beginstand: 3001,
        beginstandEenheden: 2900.5,
        banen: 3003,
        eenheden: 2902.68,
        doel: 4000,
        doelEenheden: 3800,
      },
      afspraakbanenLopend: { banen: 2, eenheden: 2.17 },
    });
    expect((await rapportage('2031-06-30')).afspraakbanen).toMatchObject({
      basisdatum: '2030-12-31',
      beginstand: 5000,
      banen: 5000,
      eenheden: 4800,
      doel: null,
    });
    await (await t.as('consulent')).get('/api/v1/rapportage?van=2030-01-01&tot=2030-12-31').expect(403);
  });

  it('records more hours for someone working with the hours before, announces it, and keeps the start hours for the counts', async () => {
    const wt = await t.as('werkgeversteam');
    const w = await werkgever();
    const id = await plaats(w, '2026-03-01', 20);
    const voor = await rapportage('2030-12-31');
    expect(
      (await wt.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 28, ingangsdatum: '2026-06-01' }).expect(201))
        .body,
    ).toMatchObject({ plaatsingId: id, vorigeUrenPerWeek: 20, urenPerWeek: 28, ingangsdatum: '2026-06-01' });
    expect(
      (await wt.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 32, ingangsdatum: '2026-09-01' }).expect(201))
        .body.vorigeUrenPerWeek,
    ).toBe(28);
    await eventually(async () => {
      const events = (await t.published(PlaatsingUrenGewijzigd))
        .map((m) => m.json<{ data: Record<string, unknown> }>().data)
        .filter((d) => d.plaatsingId === id);
      expect(events).toEqual([
        expect.objectContaining({ vorigeUrenPerWeek: 20, urenPerWeek: 28, ingangsdatum: '2026-06-01' }),
        expect.objectContaining({ vorigeUrenPerWeek: 28, urenPerWeek: 32, ingangsdatum: '2026-09-01' }),
      ]);
    });
    expect(
      (await wt.get('/api/v1/plaatsingen?paginagrootte=200').expect(200)).body.items.find(
        (p: { id: string }) => p.id === id,
      ),
    ).toMatchObject({ urenPerWeek: 20, actueleUrenPerWeek: 32 });
    expect((await rapportage('2030-12-31')).afspraakbaanEenheden).toBe(voor.afspraakbaanEenheden);
    // Running on a day: with the hours of that day. Beside it the 25.5 hours of 2020 from the first case.
    const lopendOp = async (tot: string) => (await rapportage(tot, 'werkgeversteam', '2026-01-01')).afspraakbanenLopend;
    expect(await lopendOp('2026-05-31')).toEqual({ banen: 2, eenheden: 1.78 }); // (25.5 + 20) / 25.5
    expect(await lopendOp('2026-07-31')).toEqual({ banen: 2, eenheden: 2.09 }); // (25.5 + 28) / 25.5

    expect(
      (await wt.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 32, ingangsdatum: '2026-10-01' }).expect(400))
        .body.errors[0].field,
    ).toBe('urenPerWeek');
    expect(
      (await wt.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 24, ingangsdatum: '2026-02-01' }).expect(400))
        .body.errors[0].field,
    ).toBe('ingangsdatum');
    for (const urenPerWeek of [0, 61, 20.25])
      expect(
        (await wt.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek, ingangsdatum: '2026-10-01' }).expect(400)).body
          .errors[0].field,
      ).toBe('urenPerWeek');
    await (
      await t.as('werkgeversteam', 'GM0106')
    )
      .post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 36, ingangsdatum: '2026-10-01' })
      .expect(404);
    await wt
      .post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-11-01', reden: 'einde contract' })
      .expect(200);
    await wt.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 36, ingangsdatum: '2026-10-15' }).expect(409);
  });
});
