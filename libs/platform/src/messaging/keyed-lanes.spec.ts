import { KeyedLanes } from './keyed-lanes';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('keyed lanes', () => {
  it('keeps the order within a key while different keys run side by side, never more than the limit', async () => {
    const lanes = new KeyedLanes(3);
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const task = (key: string, i: number, ms: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await pause(ms);
      order.push(`${key}${i}`);
      running -= 1;
    };
    // a's first task is slow: its later tasks must still come after it, while b and c go ahead.
    const started = Date.now();
    for (let i = 0; i < 3; i++) await lanes.run('a', task('a', i, i === 0 ? 60 : 1));
    for (let i = 0; i < 3; i++) await lanes.run('b', task('b', i, 5));
    for (let i = 0; i < 3; i++) await lanes.run('c', task('c', i, 5));
    await lanes.idle();
    expect(order.filter((o) => o.startsWith('a'))).toEqual(['a0', 'a1', 'a2']);
    expect(order.filter((o) => o.startsWith('b'))).toEqual(['b0', 'b1', 'b2']);
    expect(order.indexOf('b0')).toBeLessThan(order.indexOf('a0'));
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
    expect(order).toHaveLength(9);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('runs one at a time with a limit of one, in the order given', async () => {
    const lanes = new KeyedLanes(1);
    const order: number[] = [];
    for (let i = 0; i < 5; i++)
      await lanes.run(`k${i}`, async () => {
        await pause(5 - i);
        order.push(i);
      });
    await lanes.idle();
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('goes on after a failing task', async () => {
    const lanes = new KeyedLanes(2);
    const order: string[] = [];
    await lanes.run('a', async () => {
      throw new Error('boom');
    });
    await lanes.run('a', async () => {
      order.push('after');
    });
    await lanes.idle();
    expect(order).toEqual(['after']);
  });
});
