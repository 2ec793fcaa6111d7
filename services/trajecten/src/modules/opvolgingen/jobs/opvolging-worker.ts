import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { bullmqConnection, bullmqPrefix, PlatformConfig, runWithCorrelationId } from '@wiz/platform';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../config/trajecten-config';
import { OpvolgingWachtrij } from './opvolging-wachtrij';
import { WACHTRIJ } from './vuur-job';
import { OpvolgingVuren } from './opvolging-vuren';

const BATCH = 1_000;

/**
 * Runs due follow-ups, and reconciles Redis with PostgreSQL at start and every OPVOLGING_RECONCILE_MS: every row
 * still `gepland` is (re-)added with its deterministic job id. BullMQ ignores an id it already holds, so this
 * restores exactly what Redis lost (a flush, a failover, a restart without persistence), and a moment that
 * passed while the service was down is added with no delay: it fires at once, once. A restricted person's rows wait
 * here until the restriction is lifted.
 */
@Injectable()
export class OpvolgingWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker?: Worker;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly platform: PlatformConfig,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
    private readonly dataSource: DataSource,
    private readonly wachtrij: OpvolgingWachtrij,
    private readonly vuren: OpvolgingVuren,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('OpvolgingWorker');
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker = new Worker(
      WACHTRIJ,
      (job) => runWithCorrelationId(job.id, async () => this.vuren.vuur(job.data.opvolgingId)),
      { connection: bullmqConnection(this.platform, 'worker'), prefix: bullmqPrefix(this.platform), concurrency: 20 },
    );
    this.worker.on('error', (err) => this.logger.warn({ err }, 'follow-up worker error'));
    await this.reconcile().catch((err) => this.logger.warn({ err }, 'reconcile at start failed; retrying on schedule'));
    this.timer = setInterval(
      () => void this.reconcile().catch((err) => this.logger.warn({ err }, 'reconcile failed')),
      this.config.reconcileMs,
    );
    this.timer.unref();
  }

  async reconcile(): Promise<number> {
    let added = 0;
    let na = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; vervaldatum: Date }[] = await this.dataSource.query(
        `SELECT id, vervaldatum FROM opvolgingen o WHERE status = 'gepland' AND id > $1
           AND NOT EXISTS (SELECT 1 FROM trajecten t JOIN beperkingen b ON b.inwoner_id = t.inwoner_id AND b.beperkt
                            WHERE t.id = o.traject_id)
         ORDER BY id LIMIT ${BATCH}`,
        [na],
      );
      if (rows.length === 0) return added;
      await this.wachtrij.zetKlaar(rows);
      added += rows.length;
      na = rows[rows.length - 1].id;
    }
  }

  /** Graceful: finish the jobs in hand, take no new ones. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
  }
}
