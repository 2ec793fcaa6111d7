import { randomUUID } from 'node:crypto';
import { EventData, EventDefinition, TrajectAfgesloten, TrajectGestart } from '@wiz/contracts';
import { BewaartermijnRunner, zetBeperking } from '@wiz/platform';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { DataSource } from 'typeorm';
import { IntakeBewaartermijnTaak } from '../src/modules/bewaartermijnen/intake-bewaartermijn.taak';
import { PERSOONSGEGEVENS_WISSEN, PersoonsgegevensWissen } from '../src/modules/privacy/persoonsgegevens-wissen.port';
import { aanmelding, IntakeTestApp } from './intake-test-app';

/**
 * Issue 19, part 2: the daily retention run destroys what is past its period, counted from the closing of the
 * person's last traject (or their latest aanmelding without one); run twice, or killed halfway and run again, it
 * ends the same.
 */
describe('intake: retention', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const ids: Record<'zonderTraject' | 'afgesloten' | 'recentAfgesloten' | 'open' | 'beperkt' | 'nieuw', string> =
    {} as never;
  const publiceer = async <E extends EventDefinition>(definition: E, data: EventData<E>) => {
    const envelope = envelopeFor(definition, data, (data as { trajectId: string }).trajectId);
    await publishTestEvent(t.nc, t.run, definition, envelope);
    await eventually(async () =>
      expect(await t.query('SELECT 1 FROM inbox WHERE event_id = $1', [envelope.id])).toHaveLength(1),
    );
  };
  const traject = async (inwonerId: string, aanmeldingId: string, afgeslotenOp?: string) => {
    const trajectId = randomUUID();
    await publiceer(TrajectGestart, {
      trajectId,
      inwonerId,
      aanmeldingId,
      organisatie: 'GM0014',
      gemeentecode: 'GM0014',
      stap: 'orienteren',
      gestartOp: '2018-06-01T09:00:00Z',
    });
    if (afgeslotenOp)
      await publiceer(TrajectAfgesloten, {
        trajectId,
        inwonerId,
        gemeentecode: 'GM0014',
        reden: 'werk',
        datum: afgeslotenOp,
      });
  };

  beforeAll(async () => {
    const fo = await t.as('frontoffice');
    for (const [n, i] of Object.keys({
      zonderTraject: 0,
      afgesloten: 0,
      recentAfgesloten: 0,
      open: 0,
      beperkt: 0,
      nieuw: 0,
    }).entries()) {
      const res = await fo
        .post('/api/v1/aanmeldingen', aanmelding({ inwoner: { voornaam: `Persoon${n}`, achternaam: `Bewaar${n}` } }))
        .expect(201);
      ids[i as keyof typeof ids] = res.body.inwonerId;
      await fo.put(`/api/v1/inwoners/${res.body.inwonerId}/toestemmingen/profiel-delen-met-werkgevers`, {
        gegeven: true,
      });
      // Registered in 2018, except the one who came last month.
      if (i !== 'nieuw') {
        await t.query(`UPDATE inwoners SET created_at = '2018-05-01' WHERE id = $1`, [res.body.inwonerId]);
        await t.query(`UPDATE aanmeldingen SET created_at = '2018-05-01' WHERE inwoner_id = $1`, [res.body.inwonerId]);
      }
      if (i === 'afgesloten') await traject(res.body.inwonerId, res.body.id, '2019-03-01');
      if (i === 'recentAfgesloten') await traject(res.body.inwonerId, res.body.id, '2024-03-01');
      if (i === 'open') await traject(res.body.inwonerId, res.body.id);
    }
    await t.app
      .get(DataSource)
      .transaction((m) =>
        zetBeperking(m, { inwonerId: ids.beperkt, verzoekId: randomUUID(), beperkt: true, gewijzigdOp: new Date() }),
      );
  });

  const stand = () =>
    t.query(
      `SELECT i.id, i.voornaam, i.achternaam, i.gewist_op IS NOT NULL AS gewist,
              (SELECT count(*)::int FROM toestemmingen s WHERE s.inwoner_id = i.id) AS toestemmingen,
              (SELECT string_agg(coalesce(a.achternaam, '-') || '/' || a.hulpvraag, ',') FROM aanmeldingen a WHERE a.inwoner_id = i.id) AS aanmeldingen
         FROM inwoners i ORDER BY i.id`,
    );
  const gewist = async () =>
    (await t.query(`SELECT id FROM inwoners WHERE gewist_op IS NOT NULL ORDER BY id`)).map((r) => r.id).sort();

  it('killed halfway, the next run finishes; run twice, it ends the same', async () => {
    const now = new Date('2026-12-03T02:30:00Z');
    const runner = t.app.get(BewaartermijnRunner);
    const taak = t.app.get(IntakeBewaartermijnTaak);
    const wisser = t.app.get<PersoonsgegevensWissen>(PERSOONSGEGEVENS_WISSEN);
    taak.batchgrootte = 1;
    const echt = wisser.aanmeldingen.bind(wisser);
    let aanroepen = 0;
    const spion = jest.spyOn(wisser, 'aanmeldingen').mockImplementation(async (...args) => {
      if (++aanroepen === 2) throw new Error('killed halfway');
      return echt(...args);
    });
    await expect(runner.voerUit(now)).rejects.toThrow('killed halfway');
    spion.mockRestore();
    // The first batch committed: one of the two due persons lost the aanmeldingen' data, nobody the identity yet.
    expect(await t.query(`SELECT 1 FROM aanmeldingen WHERE gewist_op IS NOT NULL`)).toHaveLength(1);
    expect(await gewist()).toEqual([]);

    const tweede = await runner.voerUit(now);
    expect(tweede).toMatchObject({ aanmeldingen: 1, identiteit: 2 });
    expect(await gewist()).toEqual([ids.zonderTraject, ids.afgesloten].sort());
    const na = await stand();
    expect(JSON.stringify(na.filter((r) => r.gewist))).not.toMatch(/Persoon|Bewaar|Ik zoek werk/);
    for (const blijft of [ids.recentAfgesloten, ids.open, ids.beperkt, ids.nieuw])
      expect(na.find((r) => r.id === blijft)).toMatchObject({ gewist: false, toestemmingen: 1 });

    taak.batchgrootte = 100;
    expect(await runner.voerUit(now)).toEqual({
      identiteitscontroles: 0,
      'mogelijke-dubbelen': 0,
      toestemmingen: 0,
      aanmeldingen: 0,
      identiteit: 0,
    });
    expect(await stand()).toEqual(na);
  });

  it('counts from the closing: five years after it the recently closed traject is due too', async () => {
    const res = await t.app.get(BewaartermijnRunner).voerUit(new Date('2029-03-02T00:00:00Z'));
    expect(res).toMatchObject({ identiteit: 1 });
    expect(await gewist()).toEqual([ids.zonderTraject, ids.afgesloten, ids.recentAfgesloten].sort());
  });
});
