import { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { bullmqConnection, bullmqPrefix, PlatformConfig, runWithCorrelationId } from '@wiz/platform';

/**
 * Background work for rows in PostgreSQL (a claim to compile, an import to store), as BullMQ jobs with job id
 * `<naam>-<id>`, one at a time per instance. The row is the truth: at start every row still waiting is queued again,
 * so a restart or a lost Redis key never strands one, and a job for a row already done does nothing.
 */
export abstract class RijWachtrij implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queue: Queue;
  private worker?: Worker;

  /** `naam`: the BullMQ queue, and the job id prefix. */
  protected constructor(
    private readonly naam: string,
    private readonly platform: PlatformConfig,
    protected readonly logger: PinoLogger,
  ) {
    this.queue = new Queue(naam, {
      connection: bullmqConnection(platform, 'producer'),
      prefix: bullmqPrefix(platform),
    });
    this.queue.on('error', (err) => this.logger.warn({ err }, `${naam} queue error`));
  }

  /** The ids whose rows still wait for their work (queued again at every start). */
  protected abstract open(): Promise<string[]>;

  /** The work for one id; does nothing when its row no longer waits, so running twice is harmless. */
  protected abstract werk(id: string): Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    this.worker = new Worker(this.naam, (job) => runWithCorrelationId(job.id, () => this.werk(job.data.id)), {
      connection: bullmqConnection(this.platform, 'worker'),
      prefix: bullmqPrefix(this.platform),
      concurrency: 1,
      lockDuration: 120_000,
    });
    this.worker.on('error', (err) => this.logger.warn({ err }, `${this.naam} worker error`));
    for (const id of await this.open()) await this.zetKlaar(id);
  }

  async zetKlaar(id: string): Promise<void> {
    await this.queue
      .add(
        this.naam,
        { id },
        {
          jobId: `${this.naam}-${id}`,
          attempts: 3,
          backoff: { type: 'exponential', delay: 2_000 },
          removeOnComplete: true,
          removeOnFail: true,
        },
      )
      .catch((err) => this.logger.warn({ err, id }, `could not queue ${this.naam} job; it is queued again at start`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
