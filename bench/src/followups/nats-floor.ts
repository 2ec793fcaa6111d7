import { performance } from 'node:perf_hooks';
import type { NatsConnection } from '@nats-io/transport-node';
import { PlaatsingGerealiseerd } from '@wiz/contracts';
import { publiceer, type Plaatsing } from './plaatsingen';
import { cpuOver, machineSource } from '../load/cpu';
import { ownStream } from '../load/own-stream';

/**
 * What the pipe alone can do: the same placement events published into JetStream as the section publishes them
 * (a file stream like the services', asynchronous, 1,000 unacknowledged at most) while one plain pull consumer, set up
 * as the service's (explicit acks, 100 messages per pull), parses each body and acks it, nothing else. Events per second from the first publish until the last is acked, and the machine's
 * CPU over that time (machineSource: the NATS server, this process and the kernel). A stream and consumer of its own
 * (removed afterwards), so the service's consumers see none of it.
 */
export async function natsFloor(
  nc: NatsConnection,
  data: readonly Plaatsing[],
): Promise<{ perSecond: number; cpuMs: number }> {
  const stream = await ownStream(nc, 'floor');
  try {
    const messages = await stream.consume('floor', PlaatsingGerealiseerd.type);
    const { result: seconds, cpuMs } = await cpuOver({ machine: machineSource() }, async () => {
      const t0 = performance.now();
      let acked = 0;
      const consumed = (async () => {
        for await (const msg of messages) {
          msg.json();
          // Acked at once: the client writes the acks of one read of the socket together. Holding a partial batch
          // until the next message or the pull's expiry stalled some runs by seconds.
          msg.ack();
          acked += 1;
          if (acked >= data.length) break;
        }
      })();
      await publiceer(nc, stream.prefix, data);
      await consumed;
      return (performance.now() - t0) / 1000;
    });
    await messages.close();
    return { perSecond: data.length / seconds, cpuMs: cpuMs.machine };
  } finally {
    await stream.remove();
  }
}
