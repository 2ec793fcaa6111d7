import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { PlaatsingUrenGewijzigd, STAPPEN } from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';

const dag = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
/** Every traject here started before the days its facts fall on: only facts inside a traject count. */
const GESTART = '2024-12-02T09:00:00.000Z';
const plus = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Counting definition 2 through the real paths (HTTP commands, werkgevers' events over NATS, PostgreSQL): a person
 * counts once, on the day of their earliest step forward, whatever order the facts arrive in, and the day counters
 * always agree with the persons counted (a moved day is moved in the counters too).
 */
describe('the monitor, counting definition 2, order of arrival', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const feitVerwerkt = (bron: string) =>
    eventually(
      async () => expect((await t.query('SELECT 1 FROM monitor_feiten WHERE bron = $1', [bron])).length).toBe(1),
      15_000,
    );
  const tellersKloppen = async () => {
    const [{ personen }] = await t.query('SELECT count(*)::int AS personen FROM monitor_vooruit');
    const [{ dagen }] = await t.query(
      `SELECT coalesce(sum(aantal), 0)::int AS dagen FROM monitor_tellingen WHERE metriek = 'vooruit'`,
    );
    const [{ maanden }] = await t.query(
      `SELECT coalesce(sum(aantal), 0)::int AS maanden FROM monitor_maandtellingen WHERE metriek = 'vooruit'`,
    );
    const afwijkend = await t.query(`
      SELECT d.dag FROM (SELECT dag, gemeentecode, count(*)::int AS n FROM monitor_vooruit GROUP BY 1, 2) d
        FULL JOIN (SELECT dag, gemeentecode, aantal AS n FROM monitor_tellingen WHERE metriek = 'vooruit' AND aantal <> 0) c USING (dag, gemeentecode)
       WHERE d.n IS DISTINCT FROM c.n`);
    // Per doelgroep: each counted person once in every group they were counted under.
    const [{ groepen }] = await t.query(
      'SELECT coalesce(sum(cardinality(doelgroepen)), 0)::int AS groepen FROM monitor_vooruit',
    );
    const [{ perGroep }] = await t.query(
      `SELECT coalesce(sum(aantal), 0)::int AS "perGroep" FROM monitor_tellingen WHERE metriek LIKE 'vooruit:%' AND split_part(metriek, ':', 2) <> ALL ($1)`,
      [STAPPEN],
    );
    expect({ dagen, maanden, afwijkend, perGroep }).toEqual({
      dagen: personen,
      maanden: personen,
      afwijkend: [],
      perGroep: groepen,
    });
  };

  it('counts one person once, on the earliest day, whatever order placement, more hours and closing arrive in', async () => {
    const c = await t.as('consulent', 'GM0014');
    const soorten = ['plaatsing', 'uren', 'afsluiting'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          plaatsing: fc.integer({ min: 0, max: 120 }),
          uren: fc.integer({ min: 0, max: 120 }),
          afsluiting: fc.integer({ min: 0, max: 120 }),
          reden: fc.constantFrom('werk', 'scholing', 'verhuisd', 'anders'),
          volgorde: fc.shuffledSubarray([...soorten], { minLength: 3, maxLength: 3 }),
        }),
        async (s) => {
          const tr = await t.nieuwTraject({ stap: 'matchen', aangemeldOp: GESTART });
          const plaatsingId = randomUUID();
          const doe = {
            plaatsing: async () => {
              await t.plaatsing(tr.id, tr.inwonerId, { plaatsingId, startdatum: dag(s.plaatsing) });
              await feitVerwerkt(`plaatsing:${plaatsingId}`);
            },
            uren: async () => {
              const e = envelopeFor(PlaatsingUrenGewijzigd, {
                plaatsingId,
                trajectId: tr.id,
                inwonerId: tr.inwonerId,
                vorigeUrenPerWeek: 16,
                urenPerWeek: 24,
                ingangsdatum: dag(s.uren),
              });
              await publishTestEvent(t.nc, t.run, PlaatsingUrenGewijzigd, e);
              await feitVerwerkt(`uren:${plaatsingId}:${dag(s.uren)}`);
            },
            afsluiting: async () => {
              await c
                .post(`/api/v1/trajecten/${tr.id}/afsluiting`, { reden: s.reden, datum: dag(s.afsluiting) })
                .expect(200);
            },
          };
          for (const soort of s.volgorde) await doe[soort]();

          const gesloten = dag(s.afsluiting);
          const tellen = [
            ...(s.reden === 'werk' || s.reden === 'scholing' ? [gesloten] : []),
            ...(dag(s.plaatsing) <= plus(gesloten, 28) ? [dag(s.plaatsing)] : []),
            ...(dag(s.uren) <= gesloten ? [dag(s.uren)] : []),
          ].sort();
          const rijen = await t.query(
            `SELECT to_char(dag, 'YYYY-MM-DD') AS dag FROM monitor_vooruit WHERE inwoner_id = $1`,
            [tr.inwonerId],
          );
          expect(rijen.map((r: { dag: string }) => r.dag)).toEqual(tellen.slice(0, 1));
          await tellersKloppen();
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('moves a person counted by a behaald activity to the earlier startdatum of a placement that arrives later, in the figures too', async () => {
    const c = await t.as('consulent', 'GM0014');
    const monitor = async (q: string) =>
      (await (await t.as('monitor', 'WIZ')).get(`/api/v1/monitor?gemeentecode=GM0014&${q}`).expect(200)).body;
    const tr = await t.nieuwTraject({ stap: 'scholen', aangemeldOp: GESTART });
    const { id: act } = (
      await c.post(`/api/v1/trajecten/${tr.id}/activiteiten`, { soort: 'werkfit', startdatum: dag(400) }).expect(201)
    ).body;
    const mei = await monitor(`van=${dag(500)}&tot=${dag(500)}`);
    const april = await monitor(`van=${dag(450)}&tot=${dag(450)}`);
    await c
      .post(`/api/v1/trajecten/${tr.id}/activiteiten/${act}/afronding`, { resultaat: 'behaald', datum: dag(500) })
      .expect(200);
    expect((await monitor(`van=${dag(500)}&tot=${dag(500)}`)).inwonersEenStapVooruit).toBe(
      mei.inwonersEenStapVooruit + 1,
    );

    // A placement that started earlier arrives later: the person now counts on its startdatum, no longer in May.
    const p = await t.plaatsing(tr.id, tr.inwonerId, { startdatum: dag(450) });
    await feitVerwerkt(`plaatsing:${p.data.plaatsingId}`);
    expect((await monitor(`van=${dag(500)}&tot=${dag(500)}`)).inwonersEenStapVooruit).toBe(mei.inwonersEenStapVooruit);
    const naApril = await monitor(`van=${dag(450)}&tot=${dag(450)}`);
    expect(naApril.inwonersEenStapVooruit).toBe(april.inwonersEenStapVooruit + 1);
    expect(naApril.perStap.scholen).toBe(april.perStap.scholen + 1);
    await tellersKloppen();
  });
  it('counts a placement booked on a second traject on a day the first was open, and not one outside both', async () => {
    const eerste = await t.nieuwTraject({ aangemeldOp: '2026-01-05T09:00:00.000Z' });
    const tweede = await t.nieuwTraject({ inwonerId: eerste.inwonerId, aangemeldOp: '2026-04-01T09:00:00.000Z' });
    expect(tweede.id).not.toBe(eerste.id);
    const dag = async () =>
      (
        await t.query(`SELECT to_char(dag, 'YYYY-MM-DD') AS dag FROM monitor_vooruit WHERE inwoner_id = $1`, [
          eerste.inwonerId,
        ])
      ).map((r: { dag: string }) => r.dag);
    // Started on 16 March, before the second traject, while the first ran: inside a traject of the person.
    const p = await t.plaatsing(tweede.id, eerste.inwonerId, { startdatum: '2026-03-16' });
    await feitVerwerkt(`plaatsing:${p.data.plaatsingId}`);
    expect(await dag()).toEqual(['2026-03-16']);
    await tellersKloppen();

    // Another person's placement before both their trajecten does not count.
    const ander = await t.nieuwTraject({ aangemeldOp: '2026-02-02T09:00:00.000Z' });
    await t.nieuwTraject({ inwonerId: ander.inwonerId, aangemeldOp: '2026-05-04T09:00:00.000Z' });
    const vroeg = await t.plaatsing(ander.id, ander.inwonerId, { startdatum: '2026-01-12' });
    await feitVerwerkt(`plaatsing:${vroeg.data.plaatsingId}`);
    expect(await t.query('SELECT 1 FROM monitor_vooruit WHERE inwoner_id = $1', [ander.inwonerId])).toEqual([]);
  });
  it('counts a person again when a new traject brings a fact of theirs inside it', async () => {
    const eerste = await t.nieuwTraject({ aangemeldOp: '2026-01-05T09:00:00.000Z' });
    await (
      await t.as('consulent', 'GM0014')
    )
      .post(`/api/v1/trajecten/${eerste.id}/afsluiting`, { reden: 'verhuisd', datum: '2026-01-31' })
      .expect(200);
    // Booked on the closed traject, more than 28 days after it closed: outside every traject of the person.
    const p = await t.plaatsing(eerste.id, eerste.inwonerId, { startdatum: '2026-03-16' });
    await feitVerwerkt(`plaatsing:${p.data.plaatsingId}`);
    expect(await t.query('SELECT 1 FROM monitor_vooruit WHERE inwoner_id = $1', [eerste.inwonerId])).toEqual([]);
    // An aanmelding of 1 March (identified later) starts a traject the placement lies in.
    await t.nieuwTraject({ inwonerId: eerste.inwonerId, aangemeldOp: '2026-03-01T09:00:00.000Z' });
    expect(
      await t.query(`SELECT to_char(dag, 'YYYY-MM-DD') AS dag FROM monitor_vooruit WHERE inwoner_id = $1`, [
        eerste.inwonerId,
      ]),
    ).toEqual([{ dag: '2026-03-16' }]);
    await tellersKloppen();
  });
});
