import type Redis from 'ioredis';

/**
 * Adds `n` to a key's count in its window and answers the count with the window's remaining time. A window starts
 * with the key's first count and lasts `timeWindow` ms, as @fastify/rate-limit's own Redis store counts.
 */
const COUNT_IN_WINDOW = `
  local current = redis.call('INCRBY', KEYS[1], ARGV[1])
  if current == tonumber(ARGV[1]) then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return {current, tonumber(ARGV[2])}
  end
  return {current, redis.call('PTTL', KEYS[1])}
`;

/** What @fastify/rate-limit reads from a store: the count including this request, and ms left in the window. */
interface Counted {
  current: number;
  ttl: number;
}
type Callback = (error: Error | null, counted: Counted | null) => void;

/** One key as this instance knows it. */
interface KnownKey {
  /** The count in Redis when this instance last heard it (all instances' requests sent until then). */
  counted: number;
  /** This instance's requests not yet sent to Redis. */
  unsent: number;
  /** When the window ends, by this instance's clock (from the moment the command was sent: never later than Redis). */
  windowEndsAt: number;
}

export interface BatchedRateLimitOptions {
  keyPrefix: string;
  /** How often unsent counts go to Redis. */
  syncIntervalMs: number;
}

type CountingRedis = Redis & {
  countInWindow(
    key: string,
    n: number,
    timeWindow: number,
    callback: (error: Error | null, r: [number, number]) => void,
  ): void;
};

/**
 * A @fastify/rate-limit store that counts in Redis, shared by every instance, without a Redis round trip on most
 * requests (issue 21: the per-request Lua call was 6% of intake's CPU and a round trip on every request).
 *
 * A key's first request in a window goes to Redis and learns the shared count. After that the instance counts
 * locally and sends its counts in one pipeline every `syncIntervalMs`, hearing the others' counts back. It counts
 * locally only while far from the limit: a request goes to Redis at once (with the unsent counts) when the count it
 * knows would come within a tenth of the limit of `max`, or when a tenth of the limit is unsent.
 *
 * Tolerance: one instance alone admits exactly `max` per window (what it knows is the whole count). With several,
 * each other instance may hold up to ⌊max/10⌋ − 1 admitted requests Redis has not heard of yet, so a key may pass
 * up to max + (instances − 1) × (⌊max/10⌋ − 1) in a window; with max < 20 every request goes to Redis and the count
 * is exact. Counts unsent when a window ends are dropped with it.
 */
export class BatchedRateLimitStore {
  private readonly known = new Map<string, KnownKey>();
  private readonly timer: NodeJS.Timeout;
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly options: BatchedRateLimitOptions,
  ) {
    const counting = redis as CountingRedis;
    if (!counting.countInWindow) redis.defineCommand('countInWindow', { numberOfKeys: 1, lua: COUNT_IN_WINDOW });
    this.timer = setInterval(() => void this.sync(), options.syncIntervalMs);
    this.timer.unref();
  }

  incr(key: string, callback: Callback, timeWindow: number, max: number): void {
    const now = Date.now();
    const entry = this.liveEntry(key, now);
    const tolerance = Math.floor(max / 10);
    if (entry && entry.counted + entry.unsent + 1 <= max - tolerance && entry.unsent + 1 < tolerance) {
      entry.unsent++;
      callback(null, { current: entry.counted + entry.unsent, ttl: entry.windowEndsAt - now });
      return;
    }
    this.send(key, timeWindow).then(
      (counted) => callback(null, counted),
      (error: Error) => callback(error, null),
    );
  }

  /** Sends every key's unsent counts in one pipeline and forgets keys whose window has ended. */
  async sync(): Promise<void> {
    if (this.syncing) return this.syncing;
    this.syncing = this.sendUnsent().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sync();
  }

  private liveEntry(key: string, now: number): KnownKey | undefined {
    const entry = this.known.get(key);
    if (entry && entry.windowEndsAt > now) return entry;
    this.known.delete(key); // its unsent counts end with their window
    return undefined;
  }

  private async sendUnsent(): Promise<void> {
    const now = Date.now();
    const due: Array<{ key: string; entry: KnownKey; n: number }> = [];
    for (const [key, entry] of this.known) {
      if (entry.windowEndsAt <= now) this.known.delete(key);
      else if (entry.unsent > 0) due.push({ key, entry, n: this.takeUnsent(entry) });
    }
    if (!due.length) return;
    const pipeline = this.redis.pipeline() as unknown as CountingRedis & {
      exec(): Promise<Array<[Error | null, unknown]> | null>;
    };
    for (const { key, entry, n } of due)
      pipeline.countInWindow(this.options.keyPrefix + key, n, entry.windowEndsAt - now, () => undefined);
    const results = await pipeline.exec().catch(() => null);
    due.forEach(({ key, entry, n }, i) => {
      const [error, answer] = results?.[i] ?? [new Error('not sent'), null];
      if (error)
        this.putBack(entry, n); // Redis away: they go with the next sync
      else this.heard(key, entry, answer as [number, number], now);
    });
  }

  /**
   * Counts this request and the key's unsent ones in Redis now. While the answer is on its way, what was sent
   * counts as heard, so concurrent requests neither send it again nor see a lower count.
   */
  private send(key: string, timeWindow: number): Promise<Counted> {
    const sentAt = Date.now();
    let entry = this.liveEntry(key, sentAt);
    if (!entry) {
      entry = { counted: 0, unsent: 0, windowEndsAt: sentAt + timeWindow };
      this.known.set(key, entry);
    }
    const n = this.takeUnsent(entry) + 1;
    entry.counted++;
    const sending = entry;
    return new Promise((resolve, reject) =>
      (this.redis as CountingRedis).countInWindow(this.options.keyPrefix + key, n, timeWindow, (error, answer) => {
        if (error) {
          this.putBack(sending, n - 1);
          sending.counted--;
          return reject(error);
        }
        this.heard(key, sending, answer, sentAt);
        resolve({ current: answer[0] + sending.unsent, ttl: answer[1] });
      }),
    );
  }

  private takeUnsent(entry: KnownKey): number {
    const n = entry.unsent;
    entry.counted += n;
    entry.unsent = 0;
    return n;
  }

  private putBack(entry: KnownKey, n: number): void {
    entry.counted -= n;
    entry.unsent += n;
  }

  /** Redis's count includes every instance's; answers of concurrent sends may arrive out of order, so the highest wins. */
  private heard(key: string, entry: KnownKey, [counted, ttl]: [number, number], sentAt: number): void {
    if (this.known.get(key) !== entry) return; // the window ended meanwhile
    entry.counted = Math.max(entry.counted, counted);
    entry.windowEndsAt = Math.min(entry.windowEndsAt, sentAt + ttl);
  }
}
