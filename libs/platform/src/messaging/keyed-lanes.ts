/**
 * Runs tasks at most `limit` at a time, and the tasks of one key one after another in the order they were given.
 * A consumer uses it to apply events about different inwoners or trajecten side by side while the events about
 * one of them keep their order. A task waiting for its key's previous task holds no slot, so one busy key never
 * blocks the others; at most `limit × 4` tasks are admitted at once, which keeps the consumer from taking in more
 * messages than it will handle within their ack wait.
 */
export class KeyedLanes {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly admission = new Gate();
  private readonly slots = new Gate();

  constructor(private readonly limit: number) {}

  /** Resolves when the task is admitted, not when it is done; the task's own failure is its own to handle. */
  async run(key: string, task: () => Promise<void>): Promise<void> {
    await this.admission.enter(this.limit * 4);
    const done: Promise<void> = (this.tails.get(key) ?? Promise.resolve())
      .then(async () => {
        await this.slots.enter(this.limit);
        try {
          await task();
        } finally {
          this.slots.leave();
        }
      })
      .catch(() => undefined)
      .finally(() => {
        if (this.tails.get(key) === done) this.tails.delete(key);
        this.admission.leave();
      });
    this.tails.set(key, done);
  }

  /** Resolves when every admitted task has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}

/** A counter with a queue: enter() waits while `max` are inside. */
class Gate {
  private inside = 0;
  private readonly waiting: (() => void)[] = [];

  async enter(max: number): Promise<void> {
    while (this.inside >= max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inside += 1;
  }

  leave(): void {
    this.inside -= 1;
    this.waiting.shift()?.();
  }
}
