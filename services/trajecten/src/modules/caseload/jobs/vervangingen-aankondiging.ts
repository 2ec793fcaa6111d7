import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { VervangingGeregeld } from '@wiz/contracts';
import { Outbox, TransactionRunner } from '@wiz/platform';
import { VervangingRepository } from '../database/vervanging.repository';
import { alsGeregeld } from '../domain/vervanging';

/**
 * Stand-ins arranged before vervanging-geregeld existed were never announced, so intake would not let their
 * stand-in read the people. At start the service announces those still running or to come, once (a second
 * instance starting at once skips the rows the first holds).
 */
@Injectable()
export class VervangingenAankondiging implements OnApplicationBootstrap {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vervangingen: VervangingRepository,
    private readonly outbox: Outbox,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('VervangingenAankondiging');
  }

  async onApplicationBootstrap(): Promise<void> {
    const aantal = await this.kondigAan();
    if (aantal > 0) this.logger.info({ aantal }, 'stand-ins arranged before vervanging-geregeld announced');
  }

  /** Announces every stand-in not yet announced that still runs or is to come; answers how many. */
  kondigAan(): Promise<number> {
    return this.transactions.run(async (m) => {
      const open = await this.vervangingen.onaangekondigd(m);
      for (const v of open) await this.outbox.add(m, VervangingGeregeld, alsGeregeld(v), { subject: v.id });
      await this.vervangingen.markeerAangekondigd(
        m,
        open.map((v) => v.id),
      );
      return open.length;
    });
  }
}
