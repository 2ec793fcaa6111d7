import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { TransactionRunner } from '@wiz/platform';
import { MonitorProjectie } from '../database/monitor-projectie';

/** Inwoners counted again per transaction: one batch's facts, locks and counter moves. */
const PER_KEER = 500;
const VOOR_ALLE_IDS = '00000000-0000-0000-0000-000000000000';

/**
 * When a change of the counting rule may have moved inwoners already counted, a migration names a recount
 * (monitor_herberekeningen) and the service runs it at start, before it takes requests: the inwoners it covers are
 * counted again a batch per transaction (their counters move with their day, as for a late fact), then the recount
 * is marked done. A migration cannot do it: the rule is TypeScript (telmoment). Run twice by two instances starting
 * at once, it changes nothing the second time.
 */
@Injectable()
export class MonitorHerberekening implements OnApplicationBootstrap {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly projectie: MonitorProjectie,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('MonitorHerberekening');
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const naam of await this.transactions.run((m) => this.projectie.openHerberekeningen(m))) {
      let aantal = 0;
      for (let na = VOOR_ALLE_IDS; ;) {
        const ids = await this.transactions.run((m) => this.projectie.teHerberekenen(m, naam, na, PER_KEER));
        if (ids.length === 0) break;
        await this.transactions.run((m) => this.projectie.herberekenAlle(m, ids));
        [aantal, na] = [aantal + ids.length, ids.at(-1)!];
      }
      await this.transactions.run((m) => this.projectie.herberekeningKlaar(m, naam));
      this.logger.info({ naam, aantal }, 'monitor recount after a change of the counting rule done');
    }
  }
}
