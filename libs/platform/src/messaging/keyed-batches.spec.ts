import { KeyedBatches } from './keyed-batches';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A handler that records each batch as the keys' items ("a0") and takes `ms(item)` for it. */
function recorder(ms: (items: string[]) => number = () => 1) {
  const batches: string[][] = [];
  let running = 0;
  let most = 0;
  const handle = async (items: string[]) => {
    running += 1;
    most = Math.max(most, running);
    await pause(ms(items));
    batches.push(items);
    running -= 1;
  };
  return { batches, handle, most: () => most, order: () => batches.flat() };
}

describe('keyed batches', () => {
  it('with batches of one: keeps the order within a key while different keys run side by side, never more than the limit', async () => {
    const r = recorder((items) => (items[0] === 'a0' ? 60 : items[0].startsWith('a') ? 1 : 5));
    const batches = new KeyedBatches(r.handle, { concurrency: 3, batchSize: 1 });
    // a's first item is slow: its later items must still come after it, while b and c go ahead.
    const started = Date.now();
    for (const key of ['a', 'b', 'c']) for (let i = 0; i < 3; i++) await batches.add(key, `${key}${i}`);
    await batches.idle();
    const order = r.order();
    expect(r.batches.every((b) => b.length === 1)).toBe(true);
    expect(order.filter((o) => o.startsWith('a'))).toEqual(['a0', 'a1', 'a2']);
    expect(order.filter((o) => o.startsWith('b'))).toEqual(['b0', 'b1', 'b2']);
    expect(order.indexOf('b0')).toBeLessThan(order.indexOf('a0'));
    expect(r.most()).toBeLessThanOrEqual(3);
    expect(r.most()).toBeGreaterThan(1);
    expect(order).toHaveLength(9);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('runs one at a time with a limit of one, in the order given', async () => {
    const r = recorder((items) => 5 - Number(items[0]));
    const batches = new KeyedBatches(r.handle, { concurrency: 1, batchSize: 1 });
    for (let i = 0; i < 5; i++) await batches.add(`k${i}`, String(i));
    await batches.idle();
    expect(r.order()).toEqual(['0', '1', '2', '3', '4']);
  });

  it('goes on after a failing batch', async () => {
    const handled: string[] = [];
    const batches = new KeyedBatches(
      async (items: string[]) => {
        if (items.includes('boom')) throw new Error('boom');
        handled.push(...items);
      },
      { concurrency: 2, batchSize: 5 },
    );
    await batches.add('a', 'boom');
    await batches.add('a', 'after');
    await batches.idle();
    expect(handled).toEqual(['after']);
  });

  it('puts the items that queued up behind a running batch in one batch of distinct keys, in the order given', async () => {
    const r = recorder((items) => (items[0] === 'a0' ? 40 : 1));
    const batches = new KeyedBatches(r.handle, { concurrency: 1, batchSize: 6 });
    await batches.add('a', 'a0'); // starts alone at once: a batch is never waited for
    for (const item of ['a1', 'b0', 'b1', 'c0', 'd0', 'e0']) await batches.add(item[0], item);
    await batches.idle();
    // b1 waits for the batch holding b0; e0 was admitted once a0's batch was done (at most six items in hand).
    expect(r.batches).toEqual([['a0'], ['a1', 'b0', 'c0', 'd0'], ['b1', 'e0']]);
  });

  it('takes no more than the batch size', async () => {
    const r = recorder((items) => (items[0] === 'a0' ? 40 : 1));
    const batches = new KeyedBatches(r.handle, { concurrency: 1, batchSize: 2 });
    for (const item of ['a0', 'b0', 'c0', 'd0']) await batches.add(item[0], item);
    await batches.idle();
    expect(r.batches).toEqual([['a0'], ['b0', 'c0'], ['d0']]);
  });

  it('holds an item whose key is in a running batch, though a place is free', async () => {
    const r = recorder((items) => (items.includes('a0') ? 40 : 1));
    const batches = new KeyedBatches(r.handle, { concurrency: 2, batchSize: 4 });
    await batches.add('a', 'a0');
    await batches.add('a', 'a1');
    await batches.add('b', 'b0');
    await batches.idle();
    expect(r.batches).toEqual([['b0'], ['a0'], ['a1']]);
  });

  it('with a linger: a batch waits for company, at most the linger from its oldest item', async () => {
    const r = recorder();
    const batches = new KeyedBatches(r.handle, { concurrency: 2, batchSize: 100, lingerMs: 200 });
    await batches.add('a', 'a0');
    await pause(20);
    await batches.add('b', 'b0');
    // Still waiting for company, though a place is free; without a linger a0 would have started alone at once.
    expect(r.batches).toEqual([]);
    // A steady trickle, an item every 40 ms for a second, never fills a batch; timed from the newest item, the
    // linger would hold every one of them until it ends.
    for (let i = 0; i < 25; i++) {
      await pause(40);
      await batches.add(`k${i}`, `k${i}`);
    }
    const handledDuringTrickle = r.batches.length;
    await batches.idle();
    expect(handledDuringTrickle).toBeGreaterThanOrEqual(2);
    expect(r.batches[0].slice(0, 2)).toEqual(['a0', 'b0']);
    expect(r.batches.flat()).toHaveLength(27);
  });

  it('with a linger: a full batch starts at once, and what is left waits for company though a place is free', async () => {
    const r = recorder();
    const batches = new KeyedBatches(r.handle, { concurrency: 2, batchSize: 2, lingerMs: 10_000 });
    for (const item of ['a0', 'b0', 'c0']) await batches.add(item[0], item);
    await pause(20);
    expect(r.batches).toEqual([['a0', 'b0']]);
    await batches.add('d', 'd0');
    await batches.idle();
    expect(r.batches).toEqual([
      ['a0', 'b0'],
      ['c0', 'd0'],
    ]);
  });

  it('admits at most concurrency × max(4, batch size) items until a batch is done', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const batches = new KeyedBatches(() => held, { concurrency: 1, batchSize: 6 });
    const admitted: number[] = [];
    const adding = Array.from({ length: 8 }, (_, i) => batches.add(`k${i}`, i).then(() => admitted.push(i)));
    await pause(10);
    expect(admitted).toEqual([0, 1, 2, 3, 4, 5]);
    release();
    await Promise.all(adding);
    await batches.idle();
    expect(admitted).toHaveLength(8);
  });
});
