import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import type { StreefwaardeInvoer } from '../../domain/streefwaarde-invoer';
import { StreefwaardenRepository } from '../../database/streefwaarden-repository';

/**
 * A new target and/or starting balance from a date: a new row every time (the old ones stay, with who set them
 * and when), published as streefwaarde-vastgesteld in the same transaction. What is not given is stored as null.
 */
@Injectable()
export class StelStreefwaardeVast {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly streefwaarden: StreefwaardenRepository,
  ) {}

  execute(invoer: StreefwaardeInvoer, wie: Principal) {
    const nieuw = {
      sleutel: invoer.sleutel,
      gemeentecode: invoer.gemeentecode ?? null,
      geldigVanaf: invoer.geldigVanaf,
      basisdatum: invoer.basisdatum ?? null,
      beginstand: invoer.beginstand ?? null,
      beginstandEenheden: invoer.beginstandEenheden ?? null,
      doel: invoer.doel ?? null,
      doelEenheden: invoer.doelEenheden ?? null,
    };
    return this.transactions.run((m) => this.streefwaarden.voegToe(m, nieuw, wie.subject));
  }
}
