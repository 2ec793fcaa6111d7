import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { eventually, publishTestEvent, transactionsDuring } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';

/**
 * What an aanmelding-afgerond costs PostgreSQL in trajecten (issue 21), counted through the pg driver on the real
 * database: the statements of the transactions that started trajecten, alone and in batches.
 */
describe('trajecten: statements per aanmelding-afgerond', () => {
  // One batch at a time, so events published together while it runs wait and are applied together.
  const t = new TrajectenTestApp({ EVENT_CONCURRENCY: '1', EVENT_BATCH_SIZE: '50' });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let gestarteAanmeldingen: string[] = [];

  /** The transactions that started trajecten while the events were applied, with how many each started. */
  async function startingTransactions(count: number): Promise<{ statements: string[]; trajecten: number }[]> {
    const events = Array.from({ length: count }, () => {
      const inwonerId = randomUUID();
      return t.aanmeldingAfgerond({ inwonerId, stap: 'begeleiden', doelgroepen: ['statushouders'] }, inwonerId);
    });
    gestarteAanmeldingen = events.map((e) => e.data.aanmeldingId);
    const transactions = await transactionsDuring(async () => {
      await Promise.all(events.map((e) => publishTestEvent(t.nc, t.run, AanmeldingAfgerond, e)));
      await eventually(async () => {
        const [{ n }] = await t.query('SELECT count(*)::int AS n FROM trajecten WHERE aanmelding_id = ANY($1)', [
          gestarteAanmeldingen,
        ]);
        expect(n).toBe(count);
      });
    });
    return transactions
      .map((statements) => ({
        statements,
        trajecten: statements.reduce((n, s) => n + (s.match(/INSERT INTO trajecten\b/gi)?.length ?? 0), 0),
      }))
      .filter((b) => b.trajecten > 0);
  }

  // For the whole batch, once: the inwoners' locks and alias checks (platform), the organisations' assignment rules,
  // and one statement with every event's traject, its two follow-ups, its two events and the inwoner's doelgroepen
  // (counters come after, gathered).
  const perBatch = (statements: string[], events: number) => {
    expect(
      [
        /^SELECT pg_advisory_xact_lock_shared/,
        /^SELECT a\.behouden_inwoner_id .* FROM unnest/,
        /^SELECT .* FROM toewijzingsregels/,
        /^WITH traject_gestart AS \(INSERT INTO trajecten .*INSERT INTO opvolgingen .*INSERT INTO outbox .*INSERT INTO outbox .*INSERT INTO monitor_inwoners/,
      ].map((pattern) => statements.filter((s) => pattern.test(s)).length),
    ).toEqual([1, 1, 1, 1]);
    const write = statements.find((s) => s.startsWith('WITH traject_gestart'))!;
    const parts = ['trajecten', 'opvolgingen', 'outbox', 'monitor_inwoners'].map(
      (table) => write.match(new RegExp(`INSERT INTO ${table}\\b`, 'g'))?.length,
    );
    expect(parts).toEqual([events, events, 2 * events, events]);
  };

  it('an event applied alone costs 8 statements with BEGIN and COMMIT (14 before issue 21)', async () => {
    const [one] = await startingTransactions(1);
    perBatch(one.statements, 1);
    // BEGIN, inbox, 4 of the event, the counters for the whole and per doelgroep (written at once), COMMIT
    expect(one.statements).toHaveLength(8);
  });

  it('a batch costs 8 statements however many events it holds (10 per event before issue 21, then 5), and all its writes happen', async () => {
    const batches = (await startingTransactions(30)).filter((b) => b.trajecten > 1);
    expect(batches.length).toBeGreaterThan(0);
    for (const b of batches) {
      perBatch(b.statements, b.trajecten);
      // BEGIN, the inbox rows, the locks, the aliases, the rules, the events' writes, the gathered counters, COMMIT
      expect(b.statements).toHaveLength(8);
    }
    const [{ opvolgingen, events, doelgroepen }] = await t.query(
      `SELECT (SELECT count(*)::int FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id WHERE t.aanmelding_id = ANY($1)) AS opvolgingen,
              (SELECT count(*)::int FROM outbox WHERE envelope->>'subject' IN (SELECT id::text FROM trajecten WHERE aanmelding_id = ANY($1))) AS events,
              (SELECT count(*)::int FROM monitor_inwoners m JOIN trajecten t ON t.inwoner_id = m.inwoner_id
                WHERE t.aanmelding_id = ANY($1) AND m.doelgroepen = '{statushouders}') AS doelgroepen`,
      [gestarteAanmeldingen],
    );
    expect({ opvolgingen, events, doelgroepen }).toEqual({ opvolgingen: 60, events: 60, doelgroepen: 30 });
  });
});
