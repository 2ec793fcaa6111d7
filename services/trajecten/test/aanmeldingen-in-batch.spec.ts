import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond, type EventData } from '@wiz/contracts';
import { gewistSleutel } from '@wiz/platform';
import { eventually, publishTestEvent } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { intakeRechten } from './privacy-helpers';

/**
 * aanmelding-afgerond applied in batches (issue 21): the inwoners and the assignment rules are looked up once for a
 * batch, and each traject comes out as when its event is applied alone.
 */
describe('trajecten: aanmeldingen in a batch', () => {
  // One batch at a time that waits up to 500 ms to fill, so events published together are applied together.
  const t = new TrajectenTestApp({ EVENT_CONCURRENCY: '1', EVENT_BATCH_SIZE: '50', EVENT_BATCH_LINGER_MS: '500' });
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const intake = intakeRechten(t);

  /** Publishes the aanmeldingen at once, each with its inwoner as subject as intake sends them; resolves when each is applied, with how many transactions applied them. */
  async function alleTegelijk(aanmeldingen: Partial<EventData<typeof AanmeldingAfgerond>>[]) {
    const events = aanmeldingen.map(({ inwonerId = randomUUID(), ...data }) =>
      t.aanmeldingAfgerond({ ...data, inwonerId }, inwonerId),
    );
    await Promise.all(events.map((e) => publishTestEvent(t.nc, t.run, AanmeldingAfgerond, e)));
    const ids = events.map((e) => e.id);
    const [{ transacties }] = await eventually(async () => {
      const rows = await t.query(
        'SELECT count(*)::int AS n, count(DISTINCT applied_at)::int AS transacties FROM inbox WHERE event_id = ANY($1)',
        [ids],
      );
      expect(rows[0].n).toBe(ids.length);
      return rows;
    });
    return { aanmeldingIds: events.map((e) => e.data.aanmeldingId), transacties: transacties as number };
  }

  it('spreads a batch over the least loaded medewerkers as one event at a time would', async () => {
    const org = 'GM0060';
    const beheer = await t.as('beheer', 'WIZ');
    for (const subject of ['oost-a', 'oost-b', 'oost-c'])
      await beheer
        .put(`/api/v1/medewerkers/${subject}`, { naam: subject, organisatie: org, team: 'oost', actief: true })
        .expect(200);
    await beheer.put(`/api/v1/toewijzingsregels/${org}`, { regel: 'minst-belast', team: 'oost' }).expect(200);

    const { aanmeldingIds, transacties } = await alleTegelijk(
      Array.from({ length: 9 }, () => ({ organisatie: org, gemeentecode: org })),
    );
    expect(transacties).toBe(1);
    const houders = await t.query(
      'SELECT consulent, count(*)::int AS n FROM trajecten WHERE aanmelding_id = ANY($1) GROUP BY consulent ORDER BY consulent',
      [aanmeldingIds],
    );
    expect(houders).toEqual([
      { consulent: 'oost-a', n: 3 },
      { consulent: 'oost-b', n: 3 },
      { consulent: 'oost-c', n: 3 },
    ]);
  });

  it('starts the traject of a merged record on the kept one, also beside the kept one’s own, and none for an erased one', async () => {
    const [behouden, vervallen, gewist, gewoon] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await intake.voegSamen(behouden, vervallen);
    await intake.wis(gewist);
    await eventually(async () => {
      const [{ alias, wissing }] = await t.query(
        `SELECT EXISTS (SELECT 1 FROM inwoner_aliassen WHERE vervallen_inwoner_id = $1) AS alias,
                EXISTS (SELECT 1 FROM gewiste_inwoners WHERE sleutel = $2) AS wissing`,
        [vervallen, gewistSleutel(gewist)],
      );
      expect({ alias, wissing }).toEqual({ alias: true, wissing: true });
    });

    const { aanmeldingIds, transacties } = await alleTegelijk(
      [vervallen, gewist, gewoon, behouden].map((inwonerId) => ({ inwonerId })),
    );
    // In one transaction: the kept inwoner's two aanmeldingen did not fail the batch (it would be applied event by event).
    expect(transacties).toBe(1);
    const inwoners = await Promise.all(
      aanmeldingIds.map(
        async (id) => (await t.query('SELECT inwoner_id FROM trajecten WHERE aanmelding_id = $1', [id]))[0]?.inwoner_id,
      ),
    );
    expect(inwoners).toEqual([behouden, undefined, gewoon, behouden]);
  });
});
