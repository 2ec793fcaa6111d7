import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { StreamInfo } from '@nats-io/jetstream';
import { PlatformConfig } from '../config/platform-config';
import { AcknowledgedTail, type Acknowledgement } from './acknowledged-tail';
import { DisturbanceWindow } from './disturbance-window';
import { NatsClient } from './nats-client';
import { EventNaming } from './event-naming';
import { streamHolds } from './stream-holdings';

/** How many polls a durable made again may go without a leader before that counts as a sign. */
const FIRST_ELECTION_POLLS = 3;

/** A watched asset's probe and what it said: its leader and incarnation, and for how many polls it was missing. */
interface WatchedAsset {
  probe: LeaderProbe;
  leader?: string;
  incarnation?: string;
  missingPolls?: number;
  leaderlessPolls?: number;
}

/**
 * Repairs what a disturbance may have cost, from the given moment on (republish, redeliver); resolves to how much it
 * found to repair, where it can tell.
 */
export type Repair = (from: Date) => Promise<number | void>;

/** A registered repair; `looksAgain`: it runs once more a while after each repair (see NatsDisturbances.check). */
interface RegisteredRepair {
  repair: Repair;
  looksAgain: boolean;
}
/**
 * The current leader of one replicated asset (the stream, a durable consumer), undefined when it cannot tell; and
 * its incarnation: a durable made again by a rewind (any instance's) has a new leader that is no disturbance.
 * `missing`: NATS answered that the asset does not exist.
 */
export interface LeaderView {
  leader?: string;
  incarnation?: string;
  missing?: boolean;
}

export type LeaderProbe = () => Promise<LeaderView>;

/**
 * Watches this service's view of the NATS cluster for signs of a disturbance (failed publishes, reported by the
 * relay; a change of the stream's or a durable consumer's leader, seen by polling; a stream that lost what it had
 * acknowledged to the relay, see AcknowledgedTail) and, once it has settled, runs the repairs registered by the
 * outbox relay and the consumers (see DisturbanceWindow for why).
 */
@Injectable()
export class NatsDisturbances implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly window: DisturbanceWindow;
  private readonly repairs: RegisteredRepair[] = [];
  /** When the repairs that look again run next, and from when they look. */
  private secondLook?: { at: number; from: Date };
  /** Each watched asset's probe and what it said last. */
  private readonly probes = new Map<string, WatchedAsset>();
  /** What the relay had acknowledged, per stream. */
  private readonly tails = new Map<string, AcknowledgedTail>();
  /** The stream as this poll read it. */
  private polledStream?: StreamInfo;
  private timer?: NodeJS.Timeout;
  private watching?: Promise<void>;
  private repairing = false;

  constructor(
    private readonly config: PlatformConfig,
    private readonly nats: NatsClient,
    private readonly naming: EventNaming,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('NatsDisturbances');
    const { replayLookBackMs, replaySettleMs } = config.outbox;
    this.window = new DisturbanceWindow(replayLookBackMs, replaySettleMs);
  }

  onApplicationBootstrap(): void {
    // Leaders change only in a cluster; a single server keeps every acknowledged message through a restart.
    if (this.config.nats.replicas > 1)
      this.watchLeader('stream', async () => ({ leader: this.polledStream?.cluster?.leader }));
    this.timer = setInterval(() => {
      this.watching ??= this.check().finally(() => (this.watching = undefined));
    }, this.config.nats.disturbanceWatchMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.watching;
  }

  /** A publish failed (a timeout, no responders). */
  publishFailed(): void {
    this.window.disturbed();
  }

  /**
   * One batch of the relay's publishes acknowledged, claimed at `claimedAt`: a new message numbered at or below one
   * acknowledged before means the stream lost what it had acknowledged since that one's batch.
   */
  acknowledged(claimedAt: number, acks: (Acknowledgement & { stream: string })[]): void {
    for (const stream of new Set(acks.map((a) => a.stream))) {
      const tail = this.tails.get(stream) ?? this.tails.set(stream, new AcknowledgedTail()).get(stream)!;
      const lostSince = tail.acknowledged(
        claimedAt,
        acks.filter((a) => a.stream === stream),
      );
      if (lostSince !== undefined) this.streamLost(stream, lostSince, 'a new message was numbered as an earlier one');
    }
  }

  /**
   * Whether a disturbance awaits its repair or the repair runs: until it is done, what the disturbance lost is not
   * back (wiz_nats_repair_pending, for an operator and the partition test).
   */
  get repairPending(): boolean {
    return this.window.open || this.repairing || this.secondLook !== undefined;
  }

  /**
   * Registers a repair, run once NATS has settled after a disturbance. `looksAgain`: it also runs a while after each
   * repair (OUTBOX_REPLAY_SECOND_LOOK_MS), and again after a look that found something to repair.
   */
  onSettled(repair: Repair, { looksAgain = false } = {}): void {
    this.repairs.push({ repair, looksAgain });
  }

  /** Polls this asset's leader; a change is a disturbance. Only for replicated assets (see onApplicationBootstrap). */
  watchLeader(name: string, probe: LeaderProbe): void {
    if (this.config.nats.replicas > 1) this.probes.set(name, { probe });
  }

  private async check(): Promise<void> {
    const tail = this.tails.get(this.naming.stream);
    const highestBefore = tail?.highestSeq ?? 0;
    // One read of the stream per poll: its leader (a probe, when replicated) and what it holds (the relay's tail).
    this.polledStream = tail || this.config.nats.replicas > 1 ? await this.streamInfo() : undefined;
    if (tail && this.polledStream) await this.checkStreamTail(tail, this.polledStream, highestBefore);
    for (const [name, watched] of this.probes) {
      const { leader, incarnation, missing } = await watched
        .probe()
        .catch(() => ({ leader: undefined, incarnation: undefined, missing: false }));
      if (missing) {
        // NATS answers, and the durable is gone: a rewind deleted it and could not make it again, or the cluster lost
        // it. Gone at one poll only is another instance's rewind (it deletes the durable and makes it again at once).
        // One sign, not one per poll: only the repair makes it again, and it waits for the signs to stop.
        watched.missingPolls = (watched.missingPolls ?? 0) + 1;
        if (watched.missingPolls === 2) {
          this.logger.warn({ asset: name }, 'NATS lost a durable consumer; it is made again once NATS has settled');
          this.window.disturbed();
        }
        continue;
      }
      watched.missingPolls = 0;
      if (incarnation !== undefined && incarnation !== watched.incarnation)
        // A durable made again (another instance's rewind): its leader is not comparable with the old one's.
        Object.assign(watched, { incarnation, leader: undefined, leaderlessPolls: 0 });
      // A new durable elects its first leader: none yet is no sign, for a few polls (longer under load); a probe that
      // failed meanwhile (no answer under load) counts as one of those polls.
      const electingFirst =
        watched.incarnation !== undefined &&
        watched.leader === undefined &&
        (watched.leaderlessPolls ?? 0) < FIRST_ELECTION_POLLS;
      if (leader === undefined && electingFirst) watched.leaderlessPolls = (watched.leaderlessPolls ?? 0) + 1;
      else if (leader === undefined || (watched.leader !== undefined && leader !== watched.leader)) {
        this.logger.info({ asset: name, was: watched.leader, now: leader ?? 'unknown' }, 'NATS leader changed');
        this.window.disturbed();
      }
      if (leader !== undefined) watched.leader = leader;
    }
    const from = this.window.takeRepairFrom();
    if (from) return this.repair(from, this.repairs, true);
    // The machine's nats-server 2.9.10 lost acknowledged messages after every repair had run, with no sign at all (the
    // partition test, in about one run of eight): what was sent since the repair's start is looked at once more.
    if (this.secondLook && !this.window.open && Date.now() >= this.secondLook.at) {
      const look = this.secondLook;
      this.secondLook = undefined;
      this.logger.info({ from: look.from.toISOString() }, 'looking again at what was sent around a NATS disturbance');
      await this.repair(
        look.from,
        this.repairs.filter((r) => r.looksAgain),
        false,
      );
    }
  }

  /**
   * Runs `repairs` from `from`, after a disturbance or as a look again; then schedules the next look, if one is due.
   * A repair after a disturbance that fails reopens it, to be tried again in full once settled; a look that fails is
   * only looked again: NATS showed no sign, and rewinding every durable would cost more than it could repair.
   */
  private async repair(from: Date, repairs: RegisteredRepair[], afterDisturbance: boolean): Promise<void> {
    this.repairing = true;
    let [found, failed] = [0, false];
    try {
      for (const { repair } of repairs)
        try {
          found += (await repair(from)) ?? 0;
        } catch (err) {
          this.logger.warn({ err }, 'repair after a NATS disturbance failed; it is tried again once NATS has settled');
          if (afterDisturbance) this.window.reopen(from);
          failed = true;
        }
    } finally {
      this.repairing = false;
    }
    // A failed repair is tried again in full once settled, and that one schedules the look. A look that found a loss
    // looks again: also one the stream acknowledged as a duplicate of the lost copy (it still knew the message id),
    // which goes in once the stream's duplicate window has passed.
    const looksNext = afterDisturbance ? !failed : failed || found > 0;
    if (!looksNext || !this.repairs.some((r) => r.looksAgain)) return;
    const earliest = Math.min(from.getTime(), this.secondLook?.from.getTime() ?? Infinity);
    this.secondLook = { at: Date.now() + this.config.outbox.replaySecondLookMs, from: new Date(earliest) };
  }

  /**
   * Whether the stream (`info`, read after `highestBefore` was the tail's highest) lost what it acknowledged to the
   * relay, where no publish shows it yet.
   */
  private async checkStreamTail(tail: AcknowledgedTail, info: StreamInfo, highestBefore: number): Promise<void> {
    const stream = this.naming.stream;
    const holds = streamHolds(await this.nats.manager(), stream, info.state.first_seq);
    const lostSince = await tail.verify(info.state.last_seq, highestBefore, holds);
    if (lostSince !== undefined)
      this.streamLost(stream, lostSince, `the stream at ${info.state.last_seq} no longer holds ${highestBefore}`);
  }

  private streamLost(stream: string, since: number, sign: string): void {
    this.logger.warn(
      { stream, since: new Date(since).toISOString(), sign },
      'the stream lost messages it had acknowledged; they are published again once NATS has settled',
    );
    this.window.disturbedSince(since);
  }

  /** The stream as NATS describes it now; undefined when it does not answer (a sign, for the leader probe). */
  private async streamInfo(): Promise<StreamInfo | undefined> {
    if (!this.nats.isConnected()) return undefined;
    return (await this.nats.manager()).streams.info(this.naming.stream).catch(() => undefined);
  }
}
