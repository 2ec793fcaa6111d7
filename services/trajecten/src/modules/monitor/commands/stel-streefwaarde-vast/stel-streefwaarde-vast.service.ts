import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import type { StreefwaardeInvoer } from '../../domain/streefwaarde-invoer';
import { StreefwaardenRepository } from '../../database/streefwaarden-repository';
import { aangevuld } from '../../domain/streefwaarden';

/**
 * A new target and/or starting balance from a date: a new row every time (the old ones stay, with who set them
 * and when), published as streefwaarde-vastgesteld in the same transaction. What beheer leaves out (the target, or
 * the starting balance with its basisdatum) stays as the one in force on that date had it (`aangevuld`).
 */
@Injectable()
export class StelStreefwaardeVast {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly streefwaarden: StreefwaardenRepository,
  ) {}

  execute(invoer: StreefwaardeInvoer, wie: Principal) {
    return this.transactions.run(async (m) =>
      this.streefwaarden.voegToe(m, aangevuld(invoer, await this.streefwaarden.alle(m)), wie.subject),
    );
  }
}
