import type { PinoLogger } from 'nestjs-pino';
import type { PlatformConfig } from '../config/platform-config';
import type { EventNaming } from './event-naming';
import type { NatsClient } from './nats-client';
import { LeaderView, NatsDisturbances } from './nats-disturbances';
import { eventually } from '../testing/eventually';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('NatsDisturbances', () => {
  // A three-node cluster whose stream keeps its leader; polled every 10 ms, settled after 50 ms of quiet.
  const config = {
    nats: { replicas: 3, disturbanceWatchMs: 10 },
    outbox: { replayLookBackMs: 0, replaySettleMs: 50, replaySecondLookMs: 300 },
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

  it("takes another instance's rewind (the durable gone at one poll, then made again and electing its leader for a few polls) for no sign", async () => {
    const disturbances = new NatsDisturbances(config, nats, { stream: 'S' } as EventNaming, logger);
    // What NATS reports at each poll, the last one from then on. Taken for signs, each instance's repair would be
    // the other's sign, and their rewinds would go on for good (the partition test under load).
    const polls: LeaderView[] = [
      { leader: 'n2', incarnation: 'a' },
      { missing: true },
      { incarnation: 'b' },
      { incarnation: 'b' }, // still electing at the next poll (under load)
      {}, // the probe got no answer (under load)
      { leader: 'n3', incarnation: 'b' },
    ];
    const repairs: Date[] = [];
    disturbances.watchLeader('durable', async () => (polls.length > 1 ? polls.shift()! : polls[0]));
    disturbances.onSettled(async (from) => void repairs.push(from));
    disturbances.onApplicationBootstrap();
    try {
      await sleep(300);
      expect(polls).toHaveLength(1);
      expect(repairs).toEqual([]);
      expect(disturbances.repairPending).toBe(false);
      // The same durable then losing its leader is a sign, repaired once settled.
      polls[0] = { incarnation: 'b' };
      await sleep(100);
      polls[0] = { leader: 'n1', incarnation: 'b' };
      await sleep(300);
      expect(repairs).toHaveLength(1);
      // So is a durable made again that elects no leader for longer than a few polls.
      polls[0] = { incarnation: 'c' };
      await sleep(300);
      polls[0] = { leader: 'n1', incarnation: 'c' };
      await sleep(300);
      expect(repairs).toHaveLength(2);
    } finally {
      await disturbances.onApplicationShutdown();
    }
  });

  it('looks again a while after a repair with the repairs that look again, until a look finds nothing, pending meanwhile', async () => {
    const disturbances = new NatsDisturbances(config, nats, { stream: 'S' } as EventNaming, logger);
    // The relay's repair (it looks again): what each run finds lost, or that it fails, in turn. The consumers' repair
    // (it does not look again).
    const outcomes: (number | Error)[] = [0, 2, new Error('NATS did not answer'), 0];
    const relayRuns: Date[] = [];
    const consumerRuns: Date[] = [];
    disturbances.onSettled(
      async (from) => {
        relayRuns.push(from);
        const outcome = outcomes.shift();
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
      { looksAgain: true },
    );
    disturbances.onSettled(async (from) => void consumerRuns.push(from));
    disturbances.onApplicationBootstrap();
    try {
      const signAt = Date.now();
      disturbances.publishFailed();
      // Up to 5 s for each step: timers run late on a busy machine.
      await eventually(async () => expect(relayRuns).toHaveLength(1), 5_000, 5); // settled after 50 ms: the repair ran
      expect(consumerRuns).toHaveLength(1);
      expect(disturbances.repairPending).toBe(true); // its look is due 300 ms after it
      await eventually(async () => expect(relayRuns).toHaveLength(2), 5_000, 5); // the look, which finds 2 lost: another look is due
      expect(disturbances.repairPending).toBe(true);
      // That one fails: it is looked again, with no full repair (NATS showed no sign), and that last look finds nothing.
      await eventually(async () => expect(relayRuns).toHaveLength(4), 5_000, 5);
      await eventually(async () => expect(disturbances.repairPending).toBe(false), 5_000, 5);
      await sleep(800);
      expect(relayRuns).toHaveLength(4);
      expect(consumerRuns).toHaveLength(1);
      expect(disturbances.repairPending).toBe(false);
      // Every look covers what was sent since the repair's start.
      for (const from of relayRuns) expect(Math.abs(from.getTime() - signAt)).toBeLessThan(20);
    } finally {
      await disturbances.onApplicationShutdown();
    }
  });
});
