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
  const probe = probeConsumerTestApp();

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

    // The consumer's messages are private; ending them the way the client does on a final error (its stop(err)).
    const { consumers } = probe.app.get<EventConsumers, { consumers: { messages?: ConsumerMessages }[] }>(
      EventConsumers,
    );
    expect(consumers).toHaveLength(1);
    consumers[0].messages!.stop(new Error('permissions violation (as the client would see it)'));

    const after = await publishOne();
    await eventually(async () => expect(await applied(after)).toBe(1), 20_000, 100);
  });
});
