import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { PinoLogger } from 'nestjs-pino';
import { Subject } from 'rxjs';
import { PlatformConfig } from '@wiz/platform';
import { MONITOR_NOTIFY_CHANNEL } from '../database/monitor-projectie';

const OPNIEUW_NA_MS = 1_000;

/**
 * Tells this instance's dashboard streams when the monitor's counters changed, whichever instance counted: it
 * LISTENs on the channel the projection notifies at commit. When the connection drops (a database restart) it
 * reconnects and reports a change, because one may have been missed meanwhile.
 */
@Injectable()
export class MonitorWijzigingen implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly gewijzigd = new Subject<void>();
  private client?: Client;
  private gestopt = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: PlatformConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('MonitorWijzigingen');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.verbind().catch(() => this.later());
  }

  async onApplicationShutdown(): Promise<void> {
    this.gestopt = true;
    clearTimeout(this.timer);
    this.gewijzigd.complete();
    await this.client?.end().catch(() => undefined);
  }

  private async verbind(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url });
    client.on('notification', () => this.gewijzigd.next());
    client.on('error', (err) => {
      this.logger.warn({ err }, 'monitor listener connection lost; reconnecting');
      void client.end().catch(() => undefined);
      this.later();
    });
    await client.connect();
    await client.query(`LISTEN ${MONITOR_NOTIFY_CHANNEL}`);
    this.client = client;
  }

  private later(): void {
    if (this.gestopt) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.verbind()
        .then(() => this.gewijzigd.next())
        .catch(() => this.later());
    }, OPNIEUW_NA_MS);
  }
}
