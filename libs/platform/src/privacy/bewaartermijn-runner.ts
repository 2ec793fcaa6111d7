import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { PlatformConfig } from '../config/platform-config';
import { runWithCorrelationId } from '../context/request-context';
import { bullmqConnection, bullmqPrefix } from '../redis/bullmq-options';
import type { BewaartermijnInstellingen } from './bewaartermijnen';

/** What a service does once a day: destroy or anonymise what is due at `now`; answers counts per kind. */
export interface BewaartermijnTaak {
  run(now: Date): Promise<Record<string, number>>;
}

export const BEWAARTERMIJN_TAAK = Symbol('wiz:bewaartermijn-taak');
export const BEWAARTERMIJN_INSTELLINGEN = Symbol('wiz:bewaartermijn-instellingen');

export type UitvoeringStatus = 'wachtend' | 'bezig' | 'klaar' | 'mislukt';
export interface Uitvoering {
  id: string;
  status: UitvoeringStatus;
  aangevraagdOp: string;
  klaarOp?: string;
  resultaat?: Record<string, number>;
}

const SCHEDULER = 'dagelijks';
const BEWAAR = { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } };

/**
 * Runs the service's BewaartermijnTaak daily at BEWAARTERMIJN_TIJDSTIP (a BullMQ job scheduler, upserted at every
 * start, so changing the time needs only a restart) and on request (beheer). One run at a time across instances:
 * a PostgreSQL advisory lock, held by its own connection for the run. A run killed halfway leaves what it did
 * committed (the taak commits per batch) and the next run finishes the rest, so no state is kept here.
 */
@Injectable()
export class BewaartermijnRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private queue?: Queue;
  private worker?: Worker;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly platform: PlatformConfig,
    @Inject(BEWAARTERMIJN_INSTELLINGEN) private readonly instellingen: BewaartermijnInstellingen,
    @Inject(BEWAARTERMIJN_TAAK) private readonly taak: BewaartermijnTaak,
    private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('BewaartermijnRunner');
  }

  /** Per service: the services share REDIS_KEY_PREFIX, and each runs only its own taak. */
  get wachtrij(): string {
    return `${this.platform.service}-bewaartermijnen`;
  }

  async onApplicationBootstrap(): Promise<void> {
    const prefix = bullmqPrefix(this.platform);
    // The queue fails fast while Redis is away, the worker waits for it.
    this.queue = new Queue(this.wachtrij, { connection: bullmqConnection(this.platform, 'producer'), prefix });
    this.queue.on('error', (err) => this.logger.warn({ err }, 'retention queue error'));
    this.worker = new Worker(this.wachtrij, (job) => runWithCorrelationId(job.id, () => this.voerUit(new Date())), {
      connection: bullmqConnection(this.platform, 'worker'),
      prefix,
      concurrency: 1,
    });
    this.worker.on('error', (err) => this.logger.warn({ err }, 'retention worker error'));
    this.worker.on('failed', (job, err) => this.logger.error({ err, job: job?.id }, 'retention run failed'));
    await this.plan();
    // Upserting is idempotent: repeated hourly, a schedule Redis lost (a flush, a failover) comes back by itself.
    this.timer = setInterval(() => void this.plan(), 60 * 60 * 1000);
    this.timer.unref();
  }

  private async plan(): Promise<void> {
    const { uur, minuut } = this.instellingen.tijdstip;
    await this.queue!.upsertJobScheduler(
      SCHEDULER,
      { pattern: `${minuut} ${uur} * * *`, tz: this.instellingen.tijdzone },
      { name: SCHEDULER, opts: BEWAAR },
    ).catch((err) =>
      this.logger.error({ err }, 'could not schedule the daily retention run; trying again within the hour'),
    );
  }

  /** Queues a run now (beheer, tests); the daily schedule stays as it is. */
  async vraagAan(): Promise<Uitvoering> {
    // A UUID as id: the run is addressed by it in a URL, and it serves as the run's correlation id.
    const job = await this.queue!.add('op-verzoek', {}, { ...BEWAAR, jobId: randomUUID() });
    return this.alsUitvoering(job, 'wachtend');
  }

  async uitvoering(id: string): Promise<Uitvoering | undefined> {
    const job = await this.queue!.getJob(id);
    if (!job) return undefined;
    const state = await job.getState();
    const status: UitvoeringStatus =
      state === 'completed' ? 'klaar' : state === 'failed' ? 'mislukt' : state === 'active' ? 'bezig' : 'wachtend';
    return this.alsUitvoering(job, status);
  }

  /** One run, in this process, waiting for a run elsewhere to finish first. */
  async voerUit(now: Date): Promise<Record<string, number>> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', [this.wachtrij]);
      const resultaat = await this.taak.run(now);
      this.logger.info({ resultaat }, 'retention run done');
      return resultaat;
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [this.wachtrij]).catch(() => undefined);
      await lock.release();
    }
  }

  private alsUitvoering(job: Job, status: UitvoeringStatus): Uitvoering {
    return {
      id: String(job.id),
      status,
      aangevraagdOp: new Date(job.timestamp).toISOString(),
      ...(job.finishedOn ? { klaarOp: new Date(job.finishedOn).toISOString() } : {}),
      ...(status === 'klaar' ? { resultaat: job.returnvalue as Record<string, number> } : {}),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
    await this.queue?.close();
  }
}
