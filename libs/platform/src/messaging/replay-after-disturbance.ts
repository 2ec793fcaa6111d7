/**
 * When the relay should publish again what it had already sent. JetStream can lose messages it acknowledged when a
 * clustered stream changes leader around a partition (nats-server#4365, fixed in 2.9.21; Jepsen found more in 2.12,
 * nats-server#7545); the partition test saw it on the machines' 2.9.10: step changes acknowledged just before a
 * leader election never reached werkgevers. A lost message gives no sign to its consumers, but the election gives
 * one to the publisher: its publishes fail meanwhile. So after publishes have failed and the cluster has answered
 * again for a while, the relay republishes what it sent from shortly before the first failure on. The stream
 * deduplicates by Nats-Msg-Id what it still holds and every consumer by event id, so only a lost event counts again.
 */
export class ReplayAfterDisturbance {
  private firstFailureAt?: number;
  private lastFailureAt = 0;

  constructor(
    /** How far before the first failure acknowledged publishes may have been lost with the old leader. */
    private readonly lookBackMs: number,
    /** How long publishes must succeed again before the cluster counts as settled. */
    private readonly settleMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A publish failed (a timeout, no responders): the cluster is disturbed. */
  publishFailed(): void {
    const at = this.now();
    this.firstFailureAt ??= at;
    this.lastFailureAt = at;
  }

  /**
   * Once the cluster has settled after a disturbance: the moment from which sent events are to be published again
   * (and the disturbance counts as handled); otherwise undefined.
   */
  takeReplayFrom(): Date | undefined {
    if (this.firstFailureAt === undefined || this.now() - this.lastFailureAt < this.settleMs) return undefined;
    const from = new Date(this.firstFailureAt - this.lookBackMs);
    this.firstFailureAt = undefined;
    return from;
  }
}
