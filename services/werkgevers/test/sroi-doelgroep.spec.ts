import { eventually } from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';

/**
 * A placement with an SROI obligation but without sroiDoelgroep (as the contract sends it): derived from intake's
 * aanmelding-afgerond, else counted at the lowest bouwblok as "doelgroep onbevestigd" until the team confirms it.
 */
describe('werkgevers: SROI doelgroep', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 30_000_000;
  const opzet = async () => {
    const wt = await t.as('werkgeversteam');
    const werkgeverId = (
      await wt
        .post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam: 'Groen BV', gemeentecode: 'GM0014' })
        .expect(201)
    ).body.id;
    const verplichting = (
      await wt
        .post('/api/v1/sroi-verplichtingen', {
          werkgeverId,
          opdracht: 'Groen',
          opdrachtwaardeCenten: 100_000_000,
          percentage: 5,
          startdatum: '2026-01-01',
          einddatum: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    const plaats = async (trajectId: string) =>
      (
        await wt
          .post('/api/v1/plaatsingen', {
            trajectId,
            werkgeverId,
            startdatum: '2026-01-01',
            urenPerWeek: 36,
            contractvorm: 'tijdelijk',
            afspraakbaan: false,
            sroiVerplichtingId: verplichting,
          })
          .expect(201)
      ).body;
    const voortgang = async () =>
      (await wt.get(`/api/v1/sroi-verplichtingen/${verplichting}?peildatum=2026-12-31`).expect(200)).body.voortgang;
    return { wt, plaats, voortgang };
  };

  it('derives the doelgroep from the aanmelding known before the placement', async () => {
    const { plaats, voortgang } = await opzet();
    const lang = await t.traject('matchen');
    const ww = await t.traject('matchen');
    await t.aanmelding(lang.inwonerId, { uitkering: 'participatiewet', uitkeringSinds: '2023-06' });
    await t.aanmelding(ww.inwonerId, { uitkering: 'ww', uitkeringSinds: '2025-11' });
    await eventually(async () =>
      expect(
        (
          await t.query('SELECT count(*)::int AS n FROM uitkeringssituaties WHERE inwoner_id = ANY($1)', [
            [lang.inwonerId, ww.inwonerId],
          ])
        )[0].n,
      ).toBe(2),
    );
    expect(await plaats(lang.trajectId)).toMatchObject({
      sroiDoelgroep: 'participatiewet-lang',
      sroiDoelgroepStatus: 'afgeleid',
    });
    expect(await plaats(ww.trajectId)).toMatchObject({ sroiDoelgroep: 'ww', sroiDoelgroepStatus: 'afgeleid' });
    // A whole year at full time: €40,000 + €12,500.
    expect(await voortgang()).toMatchObject({
      gerealiseerdCenten: 5_250_000,
      aantalPlaatsingen: 2,
      doelgroepOnbevestigd: { aantalPlaatsingen: 0, gerealiseerdCenten: 0 },
    });
  });

  it('counts an unknown doelgroep at the lowest bouwblok as onbevestigd, derives it when intake tells later, and lets the team confirm it (audited)', async () => {
    const { wt, plaats, voortgang } = await opzet();
    const onbekend = await t.traject('matchen');
    const wia = await t.traject('matchen');
    const p1 = await plaats(onbekend.trajectId);
    expect(p1).toMatchObject({ sroiDoelgroep: null, sroiDoelgroepStatus: 'onbevestigd' });
    await t.aanmelding(wia.inwonerId, { uitkering: 'wia' });
    await eventually(async () =>
      expect(await t.query('SELECT 1 FROM uitkeringssituaties WHERE inwoner_id = $1', [wia.inwonerId])).toHaveLength(1),
    );
    const p2 = await plaats(wia.trajectId);
    expect(p2).toMatchObject({ sroiDoelgroep: null, sroiDoelgroepStatus: 'onbevestigd' });
    // Two whole years at the lowest bouwblok (geen-uitkering, €10,000), shown apart.
    expect(await voortgang()).toMatchObject({
      gerealiseerdCenten: 2_000_000,
      doelgroepOnbevestigd: { aantalPlaatsingen: 2, gerealiseerdCenten: 2_000_000 },
    });

    await t.aanmelding(onbekend.inwonerId, { uitkering: 'geen', doelgroepregister: true });
    await eventually(async () =>
      expect(
        (await t.query('SELECT sroi_doelgroep, sroi_doelgroep_status FROM plaatsingen WHERE id = $1', [p1.id]))[0],
      ).toEqual({ sroi_doelgroep: 'doelgroepregister', sroi_doelgroep_status: 'afgeleid' }),
    );

    await wt
      .post(`/api/v1/plaatsingen/${p2.id}/sroi-doelgroep`, { sroiDoelgroep: 'participatiewet-kort' })
      .expect(200, { id: p2.id, sroiDoelgroep: 'participatiewet-kort', sroiDoelgroepStatus: 'bevestigd' });
    expect(await voortgang()).toMatchObject({
      gerealiseerdCenten: 4_000_000 + 3_000_000,
      doelgroepOnbevestigd: { aantalPlaatsingen: 0, gerealiseerdCenten: 0 },
    });
    const [audit] = await t.query(`SELECT actie, details FROM audit_log WHERE wat_id = $1`, [p2.id]);
    expect(audit).toEqual({
      actie: 'sroi-doelgroep-bevestigen',
      details: { sroiDoelgroep: 'participatiewet-kort', was: { sroiDoelgroep: null, status: 'onbevestigd' } },
    });
    expect(
      (await wt.get('/api/v1/plaatsingen?paginagrootte=200').expect(200)).body.items.find(
        (p: { id: string }) => p.id === p2.id,
      ),
    ).toMatchObject({ sroiDoelgroepStatus: 'bevestigd' });

    expect(
      (await wt.post(`/api/v1/plaatsingen/${p2.id}/sroi-doelgroep`, { sroiDoelgroep: 'zwaar' }).expect(400)).body
        .errors[0].field,
    ).toBe('sroiDoelgroep');
    await (
      await t.as('werkgeversteam', 'GM0106')
    )
      .post(`/api/v1/plaatsingen/${p2.id}/sroi-doelgroep`, { sroiDoelgroep: 'ww' })
      .expect(404);
  });

  it('refuses to confirm a doelgroep of a placement without SROI obligation (409)', async () => {
    const wt = await t.as('werkgeversteam');
    const werkgeverId = (
      await wt
        .post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam: 'Geen SROI BV', gemeentecode: 'GM0014' })
        .expect(201)
    ).body.id;
    const { trajectId } = await t.traject('matchen');
    const { id } = (
      await wt
        .post('/api/v1/plaatsingen', {
          trajectId,
          werkgeverId,
          startdatum: '2026-02-01',
          urenPerWeek: 20,
          contractvorm: 'vast',
        })
        .expect(201)
    ).body;
    await wt.post(`/api/v1/plaatsingen/${id}/sroi-doelgroep`, { sroiDoelgroep: 'ww' }).expect(409);
  });
});
