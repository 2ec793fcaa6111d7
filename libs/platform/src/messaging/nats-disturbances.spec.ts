import type { PinoLogger } from 'nestjs-pino';
import type { PlatformConfig } from '../config/platform-config';
import type { EventNaming } from './event-naming';
import type { NatsClient } from './nats-client';
import { LeaderView, NatsDisturbances } from './nats-disturbances';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('NatsDisturbances', () => {
  // A three-node cluster whose stream keeps its leader; polled every 10 ms, settled after 50 ms of quiet.
  const config = {
    nats: { replicas: 3, disturbanceWatchMs: 10 },
    outbox: { replayLookBackMs: 0, replaySettleMs: 50 },
  } as unknown as PlatformConfig;
  const nats = {
    isConnected: () => true,
    manager: async () => ({ streams: { info: async () => ({ cluster: { leader: 'n1' } }) } }),
  } as unknown as NatsClient;
  const logger = { setContext: () => undefined, info: () => undefined, warn: () => undefined } as unknown as PinoLogger;

  it('makes a durable that NATS reports missing again once it has settled, and then stops repairing', async () => {
    const disturbances = new NatsDisturbances(config, nats, { stream: 'S' } as EventNaming, logger);
    // The durable as NATS reports it; the repair (a rewind) makes it again, with a new incarnation.
    let durable: LeaderView = { leader: 'n2', incarnation: 'a' };
    const repairs: Date[] = [];
    disturbances.watchLeader('durable', async () => durable);
    disturbances.onSettled(async (from) => {
      repairs.push(from);
      durable = { leader: 'n3', incarnation: 'b' };
    });
    disturbances.onApplicationBootstrap();
    try {
      await sleep(100);
      expect(repairs).toEqual([]);
      // Gone, say after a rewind deleted it and could not make it again: every poll still finds it missing until the
      // repair runs. Counted as a sign on each poll, the disturbance would never settle and nothing would make it.
      durable = { missing: true };
      await sleep(500);
      expect(repairs).toHaveLength(1);
      expect(durable).toEqual({ leader: 'n3', incarnation: 'b' });
    } finally {
      await disturbances.onApplicationShutdown();
    }
  });
});
