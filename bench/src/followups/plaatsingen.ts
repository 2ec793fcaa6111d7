import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { CONTRACTVORMEN, EventData, PlaatsingGerealiseerd } from '@wiz/contracts';
import { envelopeFor } from '@wiz/platform/testing';
import { prng } from '../monitor/monitor-queries';

export type Plaatsing = EventData<typeof PlaatsingGerealiseerd>;

/**
 * One placement per traject, as werkgevers' outbox relay would publish it: a valid plaatsing-gerealiseerd envelope,
 * Nats-Msg-Id = event id, on the run's subject. Start dates in the last 60 days, so every check is due in the future
 * (start + DUURZAAMHEIDSCHECK_NA).
 */
export function plaatsingen(
  trajecten: readonly { id: string; inwonerId: string }[],
  vandaag = new Date(),
): Plaatsing[] {
  const r = prng(6);
  const werkgevers = Array.from({ length: 500 }, () => randomUUID());
  return trajecten.map((t) => ({
    plaatsingId: randomUUID(),
    trajectId: t.id,
    inwonerId: t.inwonerId,
    werkgeverId: werkgevers[Math.floor(r() * werkgevers.length)],
    startdatum: new Date(vandaag.getTime() - Math.floor(r() * 60) * 86_400_000).toISOString().slice(0, 10),
    urenPerWeek: 8 + Math.floor(r() * 33),
    contractvorm: CONTRACTVORMEN[Math.floor(r() * CONTRACTVORMEN.length)],
    afspraakbaan: r() < 0.05,
  }));
}

/** Publishes asynchronously, at most `window` unacknowledged at a time; resolves when the stream acked them all. */
export async function publiceer(
  nc: NatsConnection,
  subjectPrefix: string,
  data: readonly Plaatsing[],
  window = 1_000,
): Promise<void> {
  const js = jetstream(nc);
  const subject = `${subjectPrefix}${PlaatsingGerealiseerd.type}`;
  let next = 0;
  const worker = async () => {
    while (next < data.length) {
      const plaatsing = data[next++];
      const envelope = envelopeFor(PlaatsingGerealiseerd, plaatsing, plaatsing.plaatsingId); // subject as werkgevers names it
      const ack = await js.publish(subject, JSON.stringify(envelope), { msgID: envelope.id });
      if (ack.duplicate) throw new Error(`stream reported ${envelope.id} as a duplicate`);
    }
  };
  await Promise.all(Array.from({ length: window }, worker));
}
