import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { TransactionRunner } from '@wiz/platform';
import { StreefwaardenRepository } from '../database/streefwaarden-repository';

/**
 * The seeded streefwaarden (migration) reach werkgevers through the outbox like any other: at start, whatever is
 * not published yet is, once. A migration cannot build the event envelope itself, so this is the one place.
 */
@Injectable()
export class StreefwaardenPublicatie implements OnApplicationBootstrap {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly streefwaarden: StreefwaardenRepository,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('StreefwaardenPublicatie');
  }

  async onApplicationBootstrap(): Promise<void> {
    const aantal = await this.transactions.run((m) => this.streefwaarden.publiceerOpenstaande(m));
    if (aantal > 0) this.logger.info({ aantal }, 'seeded streefwaarden published');
  }
}
