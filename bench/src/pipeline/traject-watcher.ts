import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

const WINDOW = 100;
const SWEEP_EVERY_MS = 500;
const SWEEP_CHUNK = 1_000;

/**
 * Watches trajecten's own table for the traject of each aanmelding. A traject is *readable* once its row is
 * committed: every reader, the API included, sees it from then on. The moment recorded is when the query that
 * first saw the row answered, so it is an upper bound of the moment it became readable.
 *
 * Every `intervalMs` one indexed query (trajecten.aanmelding_id is UNIQUE) asks for the oldest WINDOW aanmeldingen
 * still waiting: events flow through the outbox, the stream and the consumer in order, so those are the ones
 * due next, and the cost of a poll stays the same however large a backlog grows (a watcher asking for every
 * waiting id would slow the system it watches precisely when it falls behind). Every SWEEP_EVERY_MS a sweep asks
 * for all of them, so one that overtook the window is late by at most that.
 */
export class TrajectWatcher {
  private readonly client: Client;
  private readonly waiting = new Map<string, true>();
  private readonly seen = new Map<string, number>();
  private running = false;
  private loop?: Promise<void>;
  private lastSweep = 0;
  polls = 0;
  /** The backend serving the watcher, so its CPU can be left out of trajecten's. */
  backendPid?: number;

  constructor(
    databaseUrl: string,
    private readonly intervalMs = 5,
  ) {
    this.client = new Client({ connectionString: databaseUrl, application_name: 'bench-traject-watcher' });
  }

  async start(): Promise<void> {
    await this.client.connect();
    this.backendPid = (await this.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    this.running = true;
    this.loop = this.poll();
  }

  /** From now on, look for the traject of this aanmelding. */
  watch(aanmeldingId: string): void {
    if (!this.seen.has(aanmeldingId)) this.waiting.set(aanmeldingId, true);
  }

  get pending(): number {
    return this.waiting.size;
  }

  /** performance.now() of the poll that first saw the traject of this aanmelding. */
  seenAt(aanmeldingId: string): number | undefined {
    return this.seen.get(aanmeldingId);
  }

  /**
   * Resolves when nothing is waiting any more, or when no traject has appeared for `stallMs`, or after `maxMs`
   * (then some are still pending). A pipeline that falls behind still gets its real latencies, however long.
   */
  async drained(stallMs: number, maxMs: number): Promise<void> {
    const deadline = performance.now() + maxMs;
    let last = this.waiting.size;
    let progressAt = performance.now();
    while (this.waiting.size > 0 && performance.now() < deadline && performance.now() - progressAt < stallMs) {
      await sleep(20);
      if (this.waiting.size !== last) {
        last = this.waiting.size;
        progressAt = performance.now();
      }
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await this.client.end();
  }

  private async poll(): Promise<void> {
    while (this.running) {
      if (this.waiting.size > 0) {
        const sweep = performance.now() - this.lastSweep >= SWEEP_EVERY_MS && this.waiting.size > WINDOW;
        const ids: string[] = [];
        for (const id of this.waiting.keys()) if (ids.push(id) === WINDOW && !sweep) break;
        if (sweep) {
          this.lastSweep = performance.now();
          for (let i = 0; i < ids.length; i += SWEEP_CHUNK) await this.look(ids.slice(i, i + SWEEP_CHUNK));
        } else {
          await this.look(ids);
        }
      }
      await sleep(this.intervalMs);
    }
  }

  private async look(ids: string[]): Promise<void> {
    const { rows } = await this.client.query<{ aanmelding_id: string }>(
      'SELECT aanmelding_id FROM trajecten WHERE aanmelding_id = ANY($1::uuid[])',
      [ids],
    );
    const at = performance.now();
    this.polls += 1;
    for (const { aanmelding_id } of rows) {
      this.waiting.delete(aanmelding_id);
      this.seen.set(aanmelding_id, at);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
