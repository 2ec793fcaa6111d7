import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { bullmqConnection, bullmqPrefix, PlatformConfig } from '@wiz/platform';

export const WACHTRIJ = 'opvolgingen';

/** The job id of a follow-up: deterministic, so planning twice never schedules twice (and no ':' as BullMQ wants). */
export const jobId = (opvolgingId: string) => `opvolging-${opvolgingId}`;

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

  async zetKlaar(items: readonly { id: string; vervaldatum: Date }[]): Promise<void> {
    if (items.length === 0) return;
    const now = Date.now();
    try {
      await this.queue.addBulk(
        items.map((o) => ({
          name: 'vuur',
          data: { opvolgingId: o.id },
          opts: {
            jobId: jobId(o.id),
            delay: Math.max(0, o.vervaldatum.getTime() - now),
            attempts: 8,
            backoff: { type: 'exponential', delay: 500 },
            removeOnComplete: true,
            removeOnFail: true,
          },
        })),
      );
    } catch (err) {
      this.logger.warn({ err, aantal: items.length }, 'could not queue follow-ups; the reconciler will');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
