import { randomUUID } from 'node:crypto';
import {
  EventData,
  type EventDefinition,
  InwonerGewist,
  InwonersSamengevoegd,
  kalenderdag,
  plusMaanden,
  TrajectAfgesloten,
  VerwerkingBeperkt,
} from '@wiz/contracts';
import { nietGedekteTabellen } from '@wiz/platform';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';
import { WerkgeversBewaartermijnTaak } from '../src/modules/privacy/bewaartermijnen/werkgevers-bewaartermijnen';
import { InwonergegevensRepository } from '../src/modules/privacy/database/inwonergegevens-repository';
import { WERKGEVERS_GEGEVENS } from '../src/modules/privacy/inzage/gegevenssoorten';
import { DataSource } from 'typeorm';

/**
 * Issue 19 in werkgevers: erasure (profile, consent and benefit situation destroyed; placements anonymous and still
 * counted), restriction (403 "Verwerking beperkt", left out of lists and matching), merges (everything under the
 * behouden id, later events for the vervallen one land there) and the daily retention run.
 */
describe('werkgevers: the inwoner’s rights and retention', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 60_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
  const stuur = <E extends EventDefinition>(d: E, data: EventData<E>, subject?: string) =>
    publishTestEvent(t.nc, t.run, d, envelopeFor(d, data, subject));
  const gewist = (inwonerId: string) =>
    stuur(InwonerGewist, { inwonerId, verzoekId: randomUUID(), gewistOp: new Date().toISOString() }, inwonerId);
  const beperk = (inwonerId: string, beperkt: boolean, op = new Date()) =>
    stuur(VerwerkingBeperkt, { inwonerId, verzoekId: randomUUID(), beperkt, gewijzigdOp: op.toISOString() }, inwonerId);
  const voegSamen = (vervallenInwonerId: string, behoudenInwonerId: string) =>
    stuur(InwonersSamengevoegd, {
      vervallenInwonerId,
      behoudenInwonerId,
      samengevoegdOp: new Date().toISOString(),
    });
  const sluitAf = (trajectId: string, inwonerId: string, datum: string) =>
    stuur(TrajectAfgesloten, { trajectId, inwonerId, gemeentecode: 'GM0014', reden: 'werk', datum });
  const plaats = async (trajectId: string, organisatie = 'GM0014') => {
    const team = await t.as('werkgeversteam', organisatie);
    const werkgeverId = (
      await team
        .post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam: 'Zorg BV', gemeentecode: 'GM0014' })
        .expect(201)
    ).body.id;
    const body = {
      trajectId,
      werkgeverId,
      startdatum: '2026-02-01',
      urenPerWeek: 26,
      contractvorm: 'vast',
      afspraakbaan: true,
    };
    return (await team.post('/api/v1/plaatsingen', body).expect(201)).body.id as string;
  };
  /**
   * Every row of every table of werkgevers, as text: where an id could still be. Not audit_log: who read or changed
   * whose data stays (accountability, AVG art. 5(2), and the person's right to see it), with the bare id only.
   */
  const alleTekst = async () => {
    const tabellen: { t: string }[] = await t.query(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_log'`,
    );
    const delen = await Promise.all(
      // Unsent outbox rows must still go out (they leave a week after sending, see registreerWissing).
      tabellen.map(async ({ t: tabel }) =>
        JSON.stringify(
          await t.query(`SELECT * FROM "${tabel}"${tabel === 'outbox' ? ' WHERE sent_at IS NOT NULL' : ''}`),
        ),
      ),
    );
    return delen.join('\n');
  };
  const rijen = (tabel: string, inwonerId: string) =>
    t.query(`SELECT * FROM ${tabel} WHERE inwoner_id = $1`, [inwonerId]);

  it('erasure destroys profile, consent and benefit situation and makes placements anonymous, still counted', async () => {
    const { trajectId, inwonerId } = await t.traject('matchen');
    await t.toestemming(inwonerId, true);
    await t.aanmelding(inwonerId, { uitkering: 'participatiewet' } as never);
    await eventually(async () => expect(await rijen('uitkeringssituaties', inwonerId)).toHaveLength(1));
    const id = await plaats(trajectId);
    const team = await t.as('werkgeversteam');
    await team
      .post(`/api/v1/plaatsingen/${id}/beeindiging`, {
        einddatum: '2026-05-01',
        reden: 'Mevrouw verhuisde naar Zwolle',
      })
      .expect(200);
    const telling = `SELECT count(*)::int AS n, sum(uren_per_week)::float AS uren FROM plaatsingen WHERE afspraakbaan AND startdatum = '2026-02-01'`;
    const voor = await t.query(telling);

    await gewist(inwonerId);
    await eventually(async () => expect(await rijen('kandidaten', inwonerId)).toHaveLength(0));
    expect(await rijen('toestemmingen', inwonerId)).toHaveLength(0);
    expect(await rijen('uitkeringssituaties', inwonerId)).toHaveLength(0);
    const [p] = await t.query('SELECT * FROM plaatsingen WHERE id = $1', [id]);
    expect([
      p.inwoner_id === inwonerId,
      p.traject_id === trajectId,
      p.eind_reden,
      p.geanonimiseerd_op !== null,
    ]).toEqual([false, false, null, true]);
    expect(await t.query(telling)).toEqual(voor);
    const tekst = await alleTekst();
    expect([tekst.includes(inwonerId), tekst.includes(trajectId), tekst.includes('Zwolle')]).toEqual([
      false,
      false,
      false,
    ]);
    await team.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 20, ingangsdatum: '2026-04-01' }).expect(409);

    // A late traject event for the erased person stores nothing and does not wait for a traject-gestart: both are
    // applied (inbox) at once.
    const inboxVoor = (await t.query('SELECT count(*)::int AS n FROM inbox'))[0].n;
    await t.gestart({ trajectId: randomUUID(), inwonerId }, 'GM0014');
    await t.stap(trajectId, inwonerId, 'matchen', 'scholen', 7);
    await eventually(async () =>
      expect((await t.query('SELECT count(*)::int AS n FROM inbox'))[0].n).toBe(inboxVoor + 2),
    );
    expect(await rijen('kandidaten', inwonerId)).toHaveLength(0);
    expect((await alleTekst()).includes(inwonerId)).toBe(false);
  });

  it('restriction answers 403 "Verwerking beperkt", hides the person from lists and matching, and lifts', async () => {
    const { trajectId, inwonerId } = await t.traject('matchen');
    const id = await plaats(trajectId);
    const team = await t.as('werkgeversteam');
    await beperk(inwonerId, true);
    await eventually(async () =>
      expect((await t.query('SELECT beperkt FROM beperkingen WHERE inwoner_id = $1', [inwonerId]))[0]?.beperkt).toBe(
        true,
      ),
    );
    const uren = await team.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 20, ingangsdatum: '2026-04-01' });
    expect([uren.status, uren.body.detail]).toEqual([403, expect.stringContaining('Verwerking beperkt')]);
    const werkgeverId = (await t.query('SELECT werkgever_id FROM plaatsingen WHERE id = $1', [id]))[0].werkgever_id;
    const nieuw = { trajectId, werkgeverId, startdatum: '2026-06-01', urenPerWeek: 20, contractvorm: 'vast' };
    expect((await team.post('/api/v1/plaatsingen', nieuw)).status).toBe(403);
    const consulent = await t.as('consulent');
    expect(
      (await consulent.put(`/api/v1/kandidaten/${trajectId}/profiel`, { skills: [], vrijgegeven: true })).status,
    ).toBe(403);
    const lijst = (await team.get('/api/v1/plaatsingen?paginagrootte=200').expect(200)).body.items;
    expect(lijst.some((p: { id: string }) => p.id === id)).toBe(false);

    // An older lift arriving late changes nothing; a newer one lifts.
    await beperk(inwonerId, false, new Date(Date.now() - 60_000));
    await beperk(inwonerId, false);
    await eventually(async () =>
      expect(
        (await team.post(`/api/v1/plaatsingen/${id}/uren`, { urenPerWeek: 20, ingangsdatum: '2026-04-01' })).status,
      ).toBe(201),
    );
  });

  it('the art. 15 export holds the person’s profile and placements, none of another person’s, and covers every table', async () => {
    const ik = await t.traject('matchen');
    const ander = await t.traject('matchen');
    const mijnPlaatsing = await plaats(ik.trajectId);
    const andersPlaatsing = await plaats(ander.trajectId);
    const res = await (await t.asInwoner(ik.inwonerId)).get('/api/v1/mijn/gegevens-export').expect(200);
    const deel = (soort: string) => res.body.onderdelen.find((o: { soort: string }) => o.soort === soort);
    expect(deel('kandidaatprofiel').gegevens).toEqual([expect.objectContaining({ trajectId: ik.trajectId })]);
    expect(deel('plaatsingen')).toMatchObject({
      bewaartermijn: { jaren: 7, termijn: 'P7Y', vanaf: 'afsluiting traject' },
      gegevens: [{ id: mijnPlaatsing, werkgever: 'Zorg BV', urenPerWeek: 26, urenwijzigingen: [] }],
    });
    const tekst = JSON.stringify(res.body);
    expect([tekst.includes(ander.trajectId), tekst.includes(andersPlaatsing)]).toEqual([false, false]);
    expect(
      await t.query(`SELECT inwoner_ids::text[] AS i FROM audit_log WHERE actie = 'mijn-gegevens-export'`),
    ).toEqual([{ i: [ik.inwonerId] }]);
    expect(await nietGedekteTabellen(t.app.get(DataSource).manager, WERKGEVERS_GEGEVENS)).toEqual([]);
  });

  it('a merge moves everything to the behouden record; later events for the vervallen id land there, also interleaved', async () => {
    const behouden = await t.traject('matchen');
    const vervallen = await t.traject('matchen');
    const id = await plaats(vervallen.trajectId);
    await t.toestemming(vervallen.inwonerId, true);
    await beperk(vervallen.inwonerId, true);
    // Events for the vervallen id in flight around the merge, in both orders.
    const later = Array.from({ length: 6 }, () => randomUUID());
    await Promise.all([
      ...later.slice(0, 3).map((trajectId) => t.gestart({ trajectId, inwonerId: vervallen.inwonerId }, 'GM0014')),
      voegSamen(vervallen.inwonerId, behouden.inwonerId),
      ...later.slice(3).map((trajectId) => t.gestart({ trajectId, inwonerId: vervallen.inwonerId }, 'GM0014')),
    ]);
    await voegSamen(vervallen.inwonerId, behouden.inwonerId);
    await eventually(async () => expect(await rijen('kandidaten', behouden.inwonerId)).toHaveLength(8));
    expect(await rijen('kandidaten', vervallen.inwonerId)).toHaveLength(0);
    expect((await t.query('SELECT inwoner_id FROM plaatsingen WHERE id = $1', [id]))[0].inwoner_id).toBe(
      behouden.inwonerId,
    );
    // The consent and the restriction travel apart from the traject events: each arrives when its consumer gets to it.
    await eventually(async () =>
      expect(await rijen('toestemmingen', behouden.inwonerId)).toEqual([expect.objectContaining({ gegeven: true })]),
    );
    await eventually(async () =>
      expect(await rijen('beperkingen', behouden.inwonerId)).toEqual([expect.objectContaining({ beperkt: true })]),
    );
    // A later event for the vervallen id applies to the behouden one.
    await t.toestemming(vervallen.inwonerId, false);
    await eventually(async () =>
      expect(await rijen('toestemmingen', behouden.inwonerId)).toEqual([expect.objectContaining({ gegeven: false })]),
    );
    expect(await rijen('toestemmingen', vervallen.inwonerId)).toHaveLength(0);
  });

  it('names the person of a placement in the list’s audit row also once their candidate profile is gone', async () => {
    const x = await t.traject('matchen');
    const id = await plaats(x.trajectId);
    // Closed two years ago: the profile's year is over, the placement's seven are not.
    await sluitAf(x.trajectId, x.inwonerId, plusMaanden(kalenderdag(new Date()), -24));
    await eventually(async () =>
      expect(await t.query('SELECT 1 FROM traject_afsluitingen WHERE traject_id = $1', [x.trajectId])).toHaveLength(1),
    );
    await t.app.get(WerkgeversBewaartermijnTaak).run(new Date());
    expect(await rijen('kandidaten', x.inwonerId)).toHaveLength(0);
    const [{ werkgever_id: werkgeverId }] = await t.query(
      'SELECT werkgever_id FROM plaatsingen WHERE id = $1 AND geanonimiseerd_op IS NULL',
      [id],
    );
    const team = await t.as('werkgeversteam', 'GM0014');
    const lijst = await team.get(`/api/v1/plaatsingen?werkgeverId=${werkgeverId}`).expect(200);
    expect(lijst.body.items.map((p: { id: string }) => p.id)).toEqual([id]);
    const [rij] = await t.query(
      `SELECT inwoner_ids::text[] AS i FROM audit_log WHERE actie = 'plaatsingen-inzien' ORDER BY id DESC LIMIT 1`,
    );
    expect(rij.i).toEqual([x.inwonerId]);
  });

  it('the retention run destroys expired profiles and anonymises placements; twice is once, and an interrupted run is finished', async () => {
    const verlopen = await Promise.all([t.traject('matchen'), t.traject('matchen'), t.traject('matchen')]);
    const lopend = await t.traject('matchen');
    const ids = await Promise.all([...verlopen, lopend].map((x) => plaats(x.trajectId)));
    for (const x of verlopen) await sluitAf(x.trajectId, x.inwonerId, '2015-03-01');
    await sluitAf(lopend.trajectId, lopend.inwonerId, kalenderdag(new Date()));
    await eventually(async () =>
      expect(
        (
          await t.query('SELECT count(*)::int AS n FROM traject_afsluitingen WHERE traject_id = ANY($1)', [
            [...verlopen, lopend].map((x) => x.trajectId),
          ])
        )[0].n,
      ).toBe(4),
    );
    // Killed after one batch of one: what it did is committed, the next run finishes the rest.
    const repo = t.app.get(InwonergegevensRepository);
    await t.app.get(DataSource).transaction((m) => repo.anonimiseerAfgesloten(m, '2016-01-01', 1));
    const taak = t.app.get(WerkgeversBewaartermijnTaak);
    const eerste = await taak.run(new Date());
    expect(eerste.plaatsingen).toBeGreaterThanOrEqual(2);
    const open = await t.query('SELECT id FROM plaatsingen WHERE id = ANY($1) AND geanonimiseerd_op IS NULL', [ids]);
    expect(open.map((r: { id: string }) => r.id)).toEqual([ids[3]]);
    for (const x of verlopen) expect(await rijen('kandidaten', x.inwonerId)).toHaveLength(0);
    expect(await rijen('kandidaten', lopend.inwonerId)).toHaveLength(1);
    const staat = await t.query('SELECT id, inwoner_id, traject_id FROM plaatsingen WHERE id = ANY($1) ORDER BY id', [
      ids,
    ]);
    expect(await taak.run(new Date())).toEqual({ kandidaten: 0, plaatsingen: 0 });
    expect(
      await t.query('SELECT id, inwoner_id, traject_id FROM plaatsingen WHERE id = ANY($1) ORDER BY id', [ids]),
    ).toEqual(staat);
  });
});
