import { AcknowledgedTail } from './acknowledged-tail';

const acks = (...seqs: number[]) => seqs.map((seq) => ({ seq, duplicate: false, msgId: `m${seq}` }));
/** A stream that holds this relay's messages up to `upTo`, and others' after it. */
const holdsUpTo = (upTo: number, asked: number[] = []) => {
  return async (seq: number, msgId: string) => {
    asked.push(seq);
    return seq <= upTo && msgId === `m${seq}`;
  };
};

describe('AcknowledgedTail', () => {
  it('sees no loss while every new message is numbered above the ones before', async () => {
    const tail = new AcknowledgedTail();
    expect(tail.acknowledged(1_000, acks(1, 2, 3))).toBeUndefined();
    expect(tail.acknowledged(2_000, acks(7, 8))).toBeUndefined(); // other instances published 4 to 6
    expect(tail.highestSeq).toBe(8);
    expect(await tail.verify(8, 8, holdsUpTo(8))).toBeUndefined();
    expect(await tail.verify(12, 8, holdsUpTo(12))).toBeUndefined();
  });

  it('ignores a re-publish the stream still held: it answers with the earlier number', () => {
    const tail = new AcknowledgedTail();
    tail.acknowledged(1_000, acks(5, 6));
    expect(tail.acknowledged(2_000, [{ seq: 5, duplicate: true, msgId: 'm5' }, ...acks(9)])).toBeUndefined();
    expect(tail.acknowledged(3_000, [{ seq: 6, duplicate: true, msgId: 'm6' }])).toBeUndefined();
    expect(tail.highestSeq).toBe(9);
  });

  it('dates a loss by the batch that held the first lost number, when a new message is numbered as an earlier one', () => {
    const tail = new AcknowledgedTail();
    tail.acknowledged(1_000, acks(1, 2));
    tail.acknowledged(2_000, acks(3, 4));
    tail.acknowledged(3_000, acks(5));
    // The stream kept up to 2: the next message is 3 again.
    expect(tail.acknowledged(4_000, acks(3))).toBe(2_000);
    expect(tail.highestSeq).toBe(3);
    expect(tail.acknowledged(5_000, acks(4, 5))).toBeUndefined();
  });

  it("dates a loss by the stream's last number, read after the relay's highest", async () => {
    const tail = new AcknowledgedTail();
    tail.acknowledged(1_000, acks(10));
    tail.acknowledged(2_000, acks(11, 12));
    expect(await tail.verify(10, 12, holdsUpTo(10))).toBe(2_000);
    expect(tail.highestSeq).toBe(10);
    expect(await tail.verify(10, 10, holdsUpTo(10))).toBeUndefined();
  });

  it('counts no loss for messages acknowledged while the stream was being read: they came after its answer', async () => {
    const tail = new AcknowledgedTail();
    tail.acknowledged(1_000, acks(10));
    const highestBefore = tail.highestSeq;
    tail.acknowledged(2_000, acks(11));
    expect(await tail.verify(10, highestBefore, holdsUpTo(11))).toBeUndefined();
    expect(tail.highestSeq).toBe(11);
  });

  it('finds the first batch lost when others took the lost numbers, asking the stream about few batches', async () => {
    const tail = new AcknowledgedTail();
    for (let i = 1; i <= 1_000; i++) tail.acknowledged(i * 1_000, acks(i));
    const asked: number[] = [];
    // The stream kept up to 700; others' publishes took 701 to 1,200.
    expect(await tail.verify(1_200, 1_000, holdsUpTo(700, asked))).toBe(701_000);
    expect(asked.length).toBeLessThanOrEqual(12);
    expect(tail.highestSeq).toBe(700);
  });

  it('sees no loss when the stream cannot tell whether it holds the last message', async () => {
    const tail = new AcknowledgedTail();
    tail.acknowledged(1_000, acks(1));
    expect(await tail.verify(1, 1, async () => undefined)).toBeUndefined();
    expect(tail.highestSeq).toBe(1);
  });

  it('dates a loss older than every batch it keeps by the oldest it keeps', async () => {
    const tail = new AcknowledgedTail();
    for (let i = 1; i <= 2_001; i++) tail.acknowledged(i * 1_000, acks(i));
    expect(await tail.verify(0, 2_001, holdsUpTo(0))).toBe(2_000);
  });
});
