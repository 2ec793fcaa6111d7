/**
 * When a disturbance of the NATS cluster is over, and from when its effects must be repaired. JetStream can lose or
 * skip messages around a clustered stream's leader change (nats-server#4365, fixed in 2.9.21; Jepsen found more in
 * 2.12, nats-server#7545). The partition test saw both on the machines' 2.9.10: acknowledged step changes that never
 * reached werkgevers, and durable consumers that reported nothing pending while hundreds of aanmeldingen were never
 * delivered. Neither gives its consumers a sign, but the disturbance does: publishes fail, leaders change. Once that
 * has been quiet for the settle time, the repair covers what happened from the look-back before its start on.
 */
export class DisturbanceWindow {
  private firstAt?: number;
  private lastAt = 0;

  constructor(
    /** How far before the first sign acknowledged messages may have been lost or skipped. */
    private readonly lookBackMs: number,
    /** How long the cluster must be quiet before it counts as settled. */
    private readonly settleMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A sign of a disturbance: a failed publish, a leader that changed, a stream that did not answer. */
  disturbed(): void {
    const at = this.now();
    this.firstAt ??= at;
    this.lastAt = at;
  }

  /** A sign that acknowledged messages were lost from `at` on: the repair starts no later than there. */
  disturbedSince(at: number): void {
    this.firstAt = Math.min(this.firstAt ?? at, at);
    this.lastAt = this.now();
  }

  /** A repair from `from` failed: the disturbance stays open from there, to be repaired once settled again. */
  reopen(from: Date): void {
    const start = from.getTime() + this.lookBackMs;
    this.firstAt = Math.min(this.firstAt ?? start, start);
    this.lastAt = this.now();
  }

  /** Whether a disturbance was seen whose repair has not been taken yet. */
  get open(): boolean {
    return this.firstAt !== undefined;
  }

  /**
   * Once the cluster has settled after a disturbance: the moment from which to repair (and the disturbance counts
   * as handled); otherwise undefined.
   */
  takeRepairFrom(): Date | undefined {
    if (this.firstAt === undefined || this.now() - this.lastAt < this.settleMs) return undefined;
    const from = new Date(this.firstAt - this.lookBackMs);
    this.firstAt = undefined;
    return from;
  }
}
