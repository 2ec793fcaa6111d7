import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { bullmqConnection, bullmqPrefix, PlatformConfig, runWithCorrelationId } from '@wiz/platform';
import { DeclaratieSamensteller } from './declaratie-samensteller';

const WACHTRIJ = 'declaraties';

/**
 * Large claims compile as BullMQ jobs (job id `declaratie-<id>`), one at a time per instance. The claim's row is
 * the truth: at start, every claim still `in-bewerking` is queued again, so a restart or a lost Redis key never
 * strands one.
 */
@Injectable()
export class DeclaratieWachtrij implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queue: Queue;
  private worker?: Worker;

  constructor(private readonly config: PlatformConfig, private readonly dataSource: DataSource, private readonly samensteller: DeclaratieSamensteller, private readonly logger: PinoLogger) {
    logger.setContext('DeclaratieWachtrij');
    this.queue = new Queue(WACHTRIJ, { connection: bullmqConnection(config, 'producer'), prefix: bullmqPrefix(config) });
    this.queue.on('error', (err) => this.logger.warn({ err }, 'claim queue error'));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker = new Worker(WACHTRIJ, (job) => runWithCorrelationId(job.id, () => this.samensteller.compileer(job.data.declaratieId)), {
      connection: bullmqConnection(this.config, 'worker'), prefix: bullmqPrefix(this.config), concurrency: 1, lockDuration: 120_000,
    });
    this.worker.on('error', (err) => this.logger.warn({ err }, 'claim worker error'));
    const open: { id: string }[] = await this.dataSource.query(`SELECT id FROM declaraties WHERE status = 'in-bewerking'`);
    for (const d of open) await this.zetKlaar(d.id);
  }

  async zetKlaar(declaratieId: string): Promise<void> {
    await this.queue
      .add('compileer', { declaratieId }, { jobId: `declaratie-${declaratieId}`, attempts: 3, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: true })
      .catch((err) => this.logger.warn({ err, declaratieId }, 'could not queue claim; it is queued again at start'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
