/** A stream's acknowledgement of one publish (JetStream's PubAck) with the message id it was published under. */
export interface Acknowledgement {
  seq: number;
  duplicate: boolean;
  msgId: string;
}

/** Whether the stream holds, at `seq`, the message published under `msgId`; undefined when it cannot tell now. */
export type Holds = (seq: number, msgId: string) => Promise<boolean | undefined>;

/** How many batches of acknowledgements are remembered to date a loss; older losses date from the oldest kept. */
const BATCHES_KEPT = 2_000;

interface Batch {
  /** The batch's highest new sequence, the message at it and when the batch was claimed. */
  seq: number;
  msgId: string;
  claimedAt: number;
}

/**
 * What one instance's relay had acknowledged on a stream, to notice that the stream lost some of it. The machine's
 * nats-server 2.9.10 did that in the partition test: a "stream cluster state" reset without a change of leader
 * dropped acknowledged step changes, with no failed publish. A stream only grows, and JetStream loses a stream's
 * tail (every message after some sequence), so a loss shows in one of three ways: a new message of this relay is
 * numbered at or below one acknowledged before; the stream's last sequence is below this relay's highest; or the
 * message at this relay's highest is another (others' publishes numbered after the loss took its place).
 * A loss is dated by when the batch holding its first lost sequence was claimed, so the repair covers it.
 */
export class AcknowledgedTail {
  private readonly batches: Batch[] = [];

  /** The highest sequence acknowledged so far; 0 before the first. */
  get highestSeq(): number {
    return this.batches.at(-1)?.seq ?? 0;
  }

  /**
   * One batch's acknowledgements, its publishes sent after every earlier batch's acknowledgements came. Returns when
   * the loss began if a new message was numbered at or below an earlier one, else undefined.
   */
  acknowledged(claimedAt: number, acks: Acknowledgement[]): number | undefined {
    const fresh = acks.filter((a) => !a.duplicate);
    if (fresh.length === 0) return undefined;
    const lowest = Math.min(...fresh.map((a) => a.seq));
    const lostSince = lowest <= this.highestSeq ? this.lostFrom(lowest) : undefined;
    const last = fresh.reduce((a, b) => (b.seq > a.seq ? b : a));
    this.batches.push({ seq: last.seq, msgId: last.msgId, claimedAt });
    if (this.batches.length > BATCHES_KEPT) this.batches.shift();
    return lostSince;
  }

  /**
   * Compares the stream, its last sequence read after `highestBefore` was this tail's highest, with what it
   * acknowledged up to there. Returns when the loss began, else undefined.
   */
  async verify(lastSeq: number, highestBefore: number, holds: Holds): Promise<number | undefined> {
    if (lastSeq < highestBefore) return this.lostFrom(lastSeq + 1);
    const upTo = this.batches.filter((b) => b.seq <= highestBefore);
    const last = upTo.at(-1);
    if (!last || (await holds(last.seq, last.msgId)) !== false) return undefined;
    // Every batch up to `last` came before the loss (a later one would be numbered above it, and held): the ones the
    // stream still holds are a prefix of them. Find the first it lost.
    let [held, lost] = [-1, upTo.length - 1];
    while (lost - held > 1) {
      const mid = (held + lost) >> 1;
      if ((await holds(upTo[mid].seq, upTo[mid].msgId)) === false) lost = mid;
      else held = mid;
    }
    return this.lostFrom(upTo[lost].seq);
  }

  /** When the first batch holding `seq` or later was claimed; forgets those batches, as the repair covers them. */
  private lostFrom(seq: number): number {
    const first = this.batches.findIndex((b) => b.seq >= seq);
    const at = this.batches[Math.max(first, 0)]?.claimedAt ?? Date.now();
    if (first >= 0) this.batches.splice(first);
    return at;
  }
}
