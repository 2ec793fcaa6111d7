import { jetstreamManager } from '@nats-io/jetstream';
import { DataSource, EntityManager } from 'typeorm';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { Outbox, runWithCorrelationId } from '../src';
import { statementsPerUnitOfWork } from '../src/testing';
import { probeEventData } from './fixtures/probe.module';
import { count, eventually, probeConsumerTestApp } from './helpers';

// The relay's safety-net poll is set far beyond the test's patience: an event reaches the stream only if the commit
// that wrote it woke the relay.
const t = probeConsumerTestApp({}, { OUTBOX_POLL_MS: '600000' });

describe('the relay wakes when an outbox row has committed', () => {
  const streamMessages = async () => {
    const jsm = await jetstreamManager(t.nc);
    return (await jsm.streams.info(t.run.env.NATS_STREAM!)).state.messages;
  };
  const addEvent = (manager: EntityManager) =>
    t.app.get(Outbox).add(manager, AanmeldingAfgerond, probeEventData(), { subject: 'wakeups' });

  const expectPublished = async (write: (dataSource: DataSource) => Promise<unknown>) => {
    const dataSource = t.app.get(DataSource);
    const before = await streamMessages();
    await write(dataSource);
    await eventually(async () => expect(await streamMessages()).toBe(before + 1), 5_000);
    // The stream has the event once the publish is acknowledged; the relay marks the row sent just after.
    await eventually(
      async () => expect(await count(t.app, 'SELECT 1 FROM outbox WHERE sent_at IS NULL')).toBe(0),
      5_000,
    );
  };

  it('after a statement that commits alone', () => expectPublished((dataSource) => addEvent(dataSource.manager)));

  it('at the commit of the transaction it was written in', () =>
    expectPublished((dataSource) => dataSource.transaction((m) => addEvent(m))));

  it('at the commit of the transaction, when it was written in a savepoint', () =>
    expectPublished((dataSource) =>
      dataSource.transaction(async (m) => {
        await m.transaction((inner) => addEvent(inner));
        // Still open a while after the savepoint's release: a relay woken there would find nothing yet, and only
        // a wake at the commit publishes the row.
        await new Promise((resolve) => setTimeout(resolve, 300));
      }),
    ));

  it('when the transaction commits after a savepoint with another row was rolled back', () =>
    expectPublished((dataSource) =>
      dataSource.transaction(async (m) => {
        await addEvent(m);
        await m
          .transaction(async (inner) => {
            await addEvent(inner);
            throw new Error('this savepoint rolls back');
          })
          .catch(() => undefined);
      }),
    ));

  it('and drains outside the unit of work whose commit woke it', async () => {
    const dataSource = t.app.get(DataSource);
    const before = await streamMessages();
    const units = await statementsPerUnitOfWork(async () => {
      await runWithCorrelationId(undefined, () => addEvent(dataSource.manager));
      await eventually(async () => expect(await streamMessages()).toBe(before + 1), 5_000);
    });
    // The unit wrote its event (and the probe's consumer, which carries its correlation id, applied it); the relay's
    // claim and mark of the row are none of its statements.
    expect(units.flat()).toContainEqual(expect.stringMatching(/^WITH outbox_rij AS \(INSERT INTO outbox /));
    expect(units.flat().filter((s) => /FROM outbox|UPDATE outbox/.test(s))).toEqual([]);
  });
});
