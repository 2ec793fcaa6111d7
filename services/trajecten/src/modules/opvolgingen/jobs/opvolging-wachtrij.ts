import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { bullmqConnection, bullmqPrefix, PlatformConfig } from '@wiz/platform';
import { vuurJob, WACHTRIJ } from './vuur-job';

/** A follow-up for the queue: its id names the job, its vervaldatum sets the delay. */
export interface Klaar {
  id: string;
  vervaldatum: Date;
}

/**
 * Puts follow-ups on the BullMQ delay queue. Redis is a cache of the plan, not the plan: when adding fails the
 * row in PostgreSQL stays `gepland` and the reconciler adds it later, so failures here are logged, not thrown.
 */
@Injectable()
export class OpvolgingWachtrij implements OnApplicationShutdown {
  readonly queue: Queue;

  constructor(
    config: PlatformConfig,
    private readonly logger: PinoLogger,
  ) {
    this.queue = new Queue(WACHTRIJ, {
      connection: bullmqConnection(config, 'producer'),
      prefix: bullmqPrefix(config),
    });
    this.queue.on('error', (err) => this.logger.warn({ err }, 'follow-up queue error'));
    logger.setContext('OpvolgingWachtrij');
  }

  private rij: Klaar[] = [];
  private onderweg: Promise<void> = Promise.resolve();
  private volgende?: Promise<void>;

  /**
   * Joins the next addBulk. Follow-ups planned one at a time by concurrent transactions (the event consumer's lanes)
   * would each cost an addBulk of one; while one addBulk is on its way, what comes in waits and goes in the next
   * one together. Resolves when this item's addBulk is done, so a caller still sees its job in Redis before it commits.
   */
  zetKlaarGebundeld(items: readonly Klaar[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    this.rij.push(...items);
    this.volgende ??= this.onderweg.then(() => {
      const bundel = this.rij;
      this.rij = [];
      this.volgende = undefined;
      this.onderweg = this.zetKlaar(bundel);
      return this.onderweg;
    });
    return this.volgende;
  }

  async zetKlaar(items: readonly Klaar[]): Promise<void> {
    if (items.length === 0) return;
    const now = Date.now();
    try {
      await this.queue.addBulk(items.map((o) => vuurJob(o.id, Math.max(0, o.vervaldatum.getTime() - now))));
    } catch (err) {
      this.logger.warn({ err, aantal: items.length }, 'could not queue follow-ups; the reconciler will');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
