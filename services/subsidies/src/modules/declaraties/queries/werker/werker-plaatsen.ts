import { Inject, Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { E_TIMEOUT, Semaphore, withTimeout, type SemaphoreInterface } from 'async-mutex';
import { PlatformConfig, TryAgainLater } from '@wiz/platform';
import { SUBSIDIES_CONFIG, type SubsidiesConfig } from '../../../../config/subsidies-config';
import { schrijfInWerker, type Schrijfopdracht } from './export-in-werker';

/**
 * The places for workers that write a large claim's file or JSON: at most DECLARATIE_WERKERS_MAX at once, each with
 * its heap and its connection outside the pool, so that many finance officers downloading million-line claims at
 * once cannot take the service's memory or the database's connections. A request waits its turn for at most
 * DECLARATIE_WERKER_WACHT_MS; then it is answered 503 with Retry-After, before anything of the file was sent.
 */
@Injectable()
export class WerkerPlaatsen {
  private readonly plaatsen: SemaphoreInterface;
  private readonly wachtSeconden: number;

  constructor(
    @Inject(SUBSIDIES_CONFIG) { werkers }: SubsidiesConfig,
    private readonly config: PlatformConfig,
  ) {
    this.plaatsen = withTimeout(new Semaphore(werkers.max), werkers.wachtMs);
    this.wachtSeconden = Math.ceil(werkers.wachtMs / 1000);
  }

  /** Writes the claim's file or JSON into `out` from a worker, over a connection of its own to this service's database. */
  async schrijf(out: Writable, opdracht: Schrijfopdracht): Promise<void> {
    const [, vrijgeven] = await this.plaatsen.acquire().catch((err: unknown) => {
      if (err !== E_TIMEOUT) throw err;
      throw new TryAgainLater(
        'Other large claims are being written right now; this one can be asked for again shortly.',
        this.wachtSeconden,
      );
    });
    try {
      // The client left while it waited: no worker for nobody.
      if (!out.destroyed) await schrijfInWerker(out, { ...opdracht, databaseUrl: this.config.database.url });
    } finally {
      vrijgeven();
    }
  }
}
