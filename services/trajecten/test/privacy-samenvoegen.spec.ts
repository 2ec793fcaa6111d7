import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond, EVENT_EXAMPLES, EventData, kalenderdag } from '@wiz/contracts';
import { nietGedekteTabellen } from '@wiz/platform';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { DataSource } from 'typeorm';
import { TRAJECTEN_GEGEVENS } from '../src/modules/privacy/inzage/gegevenssoorten';
import { dossierFixture } from './dossier';
import { TrajectenTestApp } from './trajecten-test-app';
import { intakeRechten, monitorKlopt } from './privacy-helpers';

/** Merging two records of one person (issue 19): everything moves, later events follow, the person counts once. */
describe('trajecten: inwoners-samengevoegd', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const intake = intakeRechten(t);
  const gisteren = kalenderdag(new Date(Date.now() - 86_400_000));
  /** Trajecten here start a week before the placements they get: only a placement inside a traject counts. */
  const nieuwTraject = () => t.nieuwTraject({ aangemeldOp: new Date(Date.now() - 7 * 86_400_000).toISOString() });

  const aanmelding = (inwonerId: string) =>
    envelopeFor(
      AanmeldingAfgerond,
      {
        ...(EVENT_EXAMPLES.get(AanmeldingAfgerond.type) as EventData<typeof AanmeldingAfgerond>),
        aanmeldingId: randomUUID(),
        inwonerId,
        organisatie: 'GM0014',
        gemeentecode: 'GM0014',
        stap: 'orienteren',
        aangemeldOp: new Date().toISOString(),
      },
      inwonerId,
    );
  const inwonersVan = async (aanmeldingIds: string[]) =>
    (await t.query('SELECT inwoner_id FROM trajecten WHERE aanmelding_id = ANY($1)', [aanmeldingIds])).map(
      (r: { inwoner_id: string }) => r.inwoner_id,
    );

  it('the art. 15 export and "who read my data" hold the merged record’s traject and notes, none of another person’s', async () => {
    const d = dossierFixture(t);
    await d.medewerkers();
    const [behouden, vervallen, ander] = [await d.vanAnna(), await d.vanAnna(), await d.vanAnna()];
    const anna = await d.als('anna');
    for (const [traject, tekst] of [
      [behouden, 'Notitie bij het behouden record'],
      [vervallen, 'Notitie bij het vervallen record'],
      [ander, 'Notitie over persoon C'],
    ] as const)
      await anna
        .post(`/api/v1/trajecten/${traject.id}/notities`, { soort: 'gesprek', tekst, datum: '2026-03-02' })
        .expect(201);
    await anna.get(`/api/v1/trajecten/${vervallen.id}/notities`).expect(200);
    await anna.get(`/api/v1/trajecten/${ander.id}/notities`).expect(200);
    await intake.voegSamen(behouden.inwonerId, vervallen.inwonerId);
    await eventually(async () =>
      expect((await t.query('SELECT inwoner_id FROM trajecten WHERE id = $1', [vervallen.id]))[0].inwoner_id).toBe(
        behouden.inwonerId,
      ),
    );
    const inwoner = await t.asInwoner(behouden.inwonerId);
    const res = await inwoner.get('/api/v1/mijn/gegevens-export').expect(200);
    const deel = (soort: string) => res.body.onderdelen.find((o: { soort: string }) => o.soort === soort);
    expect(
      deel('trajecten')
        .gegevens.map((g: { id: string }) => g.id)
        .sort(),
    ).toEqual([behouden.id, vervallen.id].sort());
    expect(deel('journaal')).toMatchObject({
      bewaartermijn: { jaren: 5, termijn: 'P5Y', vanaf: 'afsluiting traject' },
    });
    expect(
      deel('journaal')
        .gegevens.map((n: { tekst: string; auteur: string }) => [n.tekst, n.auteur])
        .sort(),
    ).toEqual([
      ['Notitie bij het behouden record', 'anna'],
      ['Notitie bij het vervallen record', 'anna'],
    ]);
    const tekst = JSON.stringify(res.body);
    expect([tekst.includes(ander.id), tekst.includes('persoon C')]).toEqual([false, false]);
    const gelezen = (await inwoner.get('/api/v1/mijn/inzage').expect(200)).body.items;
    expect(gelezen.filter((r: { actie: string }) => r.actie === 'journaal-inzien')).toEqual([
      expect.objectContaining({ rol: 'consulent', organisatie: d.org, doel: 'begeleiding', dienst: 'trajecten' }),
    ]);
    expect(await nietGedekteTabellen(t.app.get(DataSource).manager, TRAJECTEN_GEGEVENS)).toEqual([]);
  });

  it('moves trajecten and monitor rows to the behouden record; the person counts once, also before the merge', async () => {
    const a = await nieuwTraject();
    const b = await nieuwTraject();
    await t.plaatsing(a.id, a.inwonerId, { startdatum: gisteren });
    await t.plaatsing(b.id, b.inwonerId);
    await eventually(async () => {
      const rijen = await t.query('SELECT inwoner_id FROM monitor_vooruit WHERE inwoner_id = ANY($1)', [
        [a.inwonerId, b.inwonerId],
      ]);
      expect(rijen).toHaveLength(2);
    });
    const monitor = await t.as('monitor', 'WIZ');
    const voor = (await monitor.get('/api/v1/monitor').expect(200)).body;

    await intake.voegSamen(b.inwonerId, a.inwonerId);
    await eventually(async () =>
      expect((await t.query('SELECT inwoner_id FROM trajecten WHERE id = $1', [a.id]))[0].inwoner_id).toBe(b.inwonerId),
    );
    const na = (await monitor.get('/api/v1/monitor').expect(200)).body;
    expect(na.inwonersEenStapVooruit).toBe(voor.inwonersEenStapVooruit - 1);
    expect(na.gestarteTrajecten).toBe(voor.gestarteTrajecten); // trajecten, not persons
    expect(na.plaatsingen).toBe(voor.plaatsingen);
    const [rij] = await t.query(`SELECT to_char(dag, 'YYYY-MM-DD') AS dag FROM monitor_vooruit WHERE inwoner_id = $1`, [
      b.inwonerId,
    ]);
    expect(rij.dag).toBe(gisteren); // the earliest step of either record
    const [{ n }] = await t.query('SELECT count(*)::int AS n FROM monitor_plaatsingen WHERE inwoner_id = $1', [
      b.inwonerId,
    ]);
    expect(n).toBe(2);
    const lijst = (
      await (await t.as('consulent', 'GM0014')).get(`/api/v1/trajecten?inwonerId=${b.inwonerId}`).expect(200)
    ).body.items;
    expect(lijst.map((i: { id: string }) => i.id).sort()).toEqual([a.id, b.id].sort());
    await monitorKlopt(t);

    // Redelivered, and an aanmelding for the vervallen id after the merge: applied to the behouden one.
    await intake.voegSamen(b.inwonerId, a.inwonerId);
    const laat = aanmelding(a.inwonerId);
    await publishTestEvent(t.nc, t.run, AanmeldingAfgerond, laat);
    await eventually(async () => expect(await inwonersVan([laat.data.aanmeldingId])).toEqual([b.inwonerId]));
    expect((await monitor.get('/api/v1/monitor').expect(200)).body.inwonersEenStapVooruit).toBe(
      na.inwonersEenStapVooruit,
    );
  });

  // The merge published at every position among the two records' events, which the service applies concurrently.
  it.each([0, 1, 2, 3, 4])(
    'ends consistent with the merge at position %i among interleaved events',
    async (positie) => {
      const [vervallen, behouden] = [await nieuwTraject(), await nieuwTraject()];
      const aanmeldingen = [
        aanmelding(vervallen.inwonerId),
        aanmelding(behouden.inwonerId),
        aanmelding(vervallen.inwonerId),
      ];
      const stappen: (() => Promise<unknown>)[] = [
        () => publishTestEvent(t.nc, t.run, AanmeldingAfgerond, aanmeldingen[0]),
        () => t.plaatsing(vervallen.id, vervallen.inwonerId, { startdatum: gisteren }),
        () => publishTestEvent(t.nc, t.run, AanmeldingAfgerond, aanmeldingen[1]),
        () => t.plaatsing(behouden.id, behouden.inwonerId),
      ];
      stappen.splice(positie, 0, () => intake.voegSamen(behouden.inwonerId, vervallen.inwonerId));
      stappen.push(() => publishTestEvent(t.nc, t.run, AanmeldingAfgerond, aanmeldingen[2]));
      for (const stap of stappen) await stap();

      const ids = aanmeldingen.map((e) => e.data.aanmeldingId);
      await eventually(async () => {
        expect(await inwonersVan(ids)).toEqual([behouden.inwonerId, behouden.inwonerId, behouden.inwonerId]);
        const [{ n }] = await t.query('SELECT count(*)::int AS n FROM monitor_plaatsingen WHERE inwoner_id = $1', [
          behouden.inwonerId,
        ]);
        expect(n).toBe(2);
      });
      const vervallenRijen = await t.query(
        `SELECT 'trajecten' AS t FROM trajecten WHERE inwoner_id = $1 UNION ALL SELECT 'feiten' FROM monitor_feiten WHERE inwoner_id = $1
       UNION ALL SELECT 'vooruit' FROM monitor_vooruit WHERE inwoner_id = $1 UNION ALL SELECT 'plaatsingen' FROM monitor_plaatsingen WHERE inwoner_id = $1`,
        [vervallen.inwonerId],
      );
      expect(vervallenRijen).toEqual([]);
      const [rij] = await t.query(
        `SELECT to_char(dag, 'YYYY-MM-DD') AS dag FROM monitor_vooruit WHERE inwoner_id = $1`,
        [behouden.inwonerId],
      );
      expect(rij.dag).toBe(gisteren);
      await monitorKlopt(t);
    },
  );
});
