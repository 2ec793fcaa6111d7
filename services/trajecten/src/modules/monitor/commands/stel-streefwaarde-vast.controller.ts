import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { StreefwaardeInvoerSchema } from '../domain/streefwaarde-invoer';
import { StreefwaardenRepository } from '../database/streefwaarden-repository';
import { Streefwaarde } from '../queries/streefwaarden.response';

class StreefwaardeRequest extends createZodDto(StreefwaardeInvoerSchema) {}

/**
 * Beheer sets a target and/or starting balance for a monitor figure, from a date: a new row every time (the old
 * ones stay, with who set them and when), published as streefwaarde-vastgesteld in the same transaction.
 */
@ApiTags('monitor')
@Controller('streefwaarden')
export class StelStreefwaardeVastController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly streefwaarden: StreefwaardenRepository,
  ) {}

  @Post()
  @Roles('beheer')
  @Idempotent()
  @Operation({
    id: 'stelStreefwaardeVast',
    summary: 'Set a target and/or starting balance for a monitor figure, valid from a date (dated, audited)',
    status: 201,
    response: Streefwaarde,
  })
  async stelVast(@Body() body: StreefwaardeRequest, @CurrentPrincipal() wie: Principal) {
    const nieuw = {
      sleutel: body.sleutel,
      gemeentecode: body.gemeentecode ?? null,
      geldigVanaf: body.geldigVanaf,
      basisdatum: body.basisdatum ?? null,
      beginstand: body.beginstand ?? null,
      beginstandEenheden: body.beginstandEenheden ?? null,
      doel: body.doel ?? null,
      doelEenheden: body.doelEenheden ?? null,
    };
    return this.transactions.run((m) => this.streefwaarden.voegToe(m, nieuw, wie.subject));
  }
}
