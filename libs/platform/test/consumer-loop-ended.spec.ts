import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond } from '@wiz/contracts';
import type { ConsumerMessages } from '@nats-io/jetstream';
import { EventConsumers } from '../src';
import { envelopeFor } from '../src/testing';
import { probeEventData } from './fixtures/probe.module';
import { count, eventually, probeConsumerTestApp } from './helpers';

/**
 * The NATS client ends a consumer's pull loop by itself on an error it takes as final (a permission violation on the
 * loop's inbox, a 400 to a pull request). The consumer must pull again: before, that event type stopped being applied
 * by the instance until the next repair after a NATS disturbance.
 */
describe('a pull loop the NATS client ended', () => {
  // What the server had already sent to the ended loop's pull comes again only after the ack wait: short here.
  const probe = probeConsumerTestApp({ EVENT_ACK_WAIT_MS: '2000' });

  const applied = (aanmeldingId: string) =>
    count(probe.app, 'SELECT 1 FROM probe_effects WHERE aanmelding_id = $1', [aanmeldingId]);
  const publishOne = async () => {
    const envelope = envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()));
    await probe.publish(envelope);
    return envelope.data.aanmeldingId;
  };

  it('is started again, and what is published after it is applied', async () => {
    const before = await publishOne();
    await eventually(async () => expect(await applied(before)).toBe(1), 20_000, 100);

    consumerOf().messages!.stop(new Error('permissions violation (as the client would see it)'));

    const after = await publishOne();
    await eventually(async () => expect(await applied(after)).toBe(1), 20_000, 100);
  });

  it('waits longer each time a loop ends again before it delivered anything', async () => {
    const consumer = consumerOf();
    /** Ends the loop as the client would and gives how long it took until the consumer pulled again. */
    const endAndWaitForPullingAgain = async () => {
      const ended = consumer.messages!;
      ended.stop(new Error('a 400 to a pull (as the client would see it)'));
      const at = Date.now();
      await eventually(async () => expect(consumer.messages).not.toBe(ended), 20_000, 20);
      return Date.now() - at;
    };
    // The test before delivered an event, so the first wait is the shortest; the second loop delivers nothing.
    const first = await endAndWaitForPullingAgain();
    const second = await endAndWaitForPullingAgain();
    expect(first).toBeGreaterThanOrEqual(900);
    expect(second).toBeGreaterThanOrEqual(1_900);
  });

  /** The consumer's messages are private; the tests end them the way the client does on a final error (stop(err)). */
  const consumerOf = () => {
    const { consumers } = probe.app.get<EventConsumers, { consumers: { messages?: ConsumerMessages }[] }>(
      EventConsumers,
    );
    expect(consumers).toHaveLength(1);
    return consumers[0];
  };
});
