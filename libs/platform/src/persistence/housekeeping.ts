import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PinoLogger } from 'nestjs-pino';
import { PlatformConfig } from '../config/platform-config';

const HOUR_MS = 3_600_000;

/**
 * Keeps the platform tables small: published outbox rows and stored Idempotency-Key responses are kept for their
 * retention and then removed. Inbox rows are kept: they are what makes a late redelivery harmless.
 */
@Injectable()
export class Housekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: PlatformConfig,
    private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('Housekeeping');
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.run().catch((err) => this.logger.warn({ err }, 'housekeeping failed')),
      HOUR_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<{ outbox: number; idempotencyKeys: number }> {
    const { outboxRetentionHours, idempotencyRetentionHours } = this.config.retention;
    const [, outbox] = await this.dataSource.query(
      `DELETE FROM outbox WHERE sent_at < now() - ($1 || ' hours')::interval`,
      [String(outboxRetentionHours)],
    );
    const [, idempotencyKeys] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - ($1 || ' hours')::interval`,
      [String(idempotencyRetentionHours)],
    );
    if (outbox || idempotencyKeys) this.logger.info({ outbox, idempotencyKeys }, 'removed expired rows');
    return { outbox, idempotencyKeys };
  }
}
