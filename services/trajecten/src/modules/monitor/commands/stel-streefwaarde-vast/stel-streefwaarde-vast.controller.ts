import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { StreefwaardeInvoerSchema } from '../../domain/streefwaarde-invoer';
import { Streefwaarde } from '../../queries/streefwaarden/streefwaarden.response';
import { StelStreefwaardeVast } from './stel-streefwaarde-vast.service';

class StreefwaardeRequest extends createZodDto(StreefwaardeInvoerSchema) {}

/**
 * Beheer sets a target and/or starting balance for a monitor figure, from a date: a new row every time (the old
 * ones stay, with who set them and when), published as streefwaarde-vastgesteld in the same transaction.
 */
@ApiTags('monitor')
@Controller('streefwaarden')
export class StelStreefwaardeVastController {
  constructor(private readonly stelStreefwaardeVast: StelStreefwaardeVast) {}

  @Post()
  @Roles('beheer')
  @Idempotent()
  @Operation({
    id: 'stelStreefwaardeVast',
    summary: 'Set a target and/or starting balance for a monitor figure, valid from a date (dated, audited)',
    description:
      'What is left out (the target, or the starting balance with its basisdatum) stays as the streefwaarde in force ' +
      'for the same figure and area on `geldigVanaf` had it; the answer shows the whole streefwaarde as stored.',
    status: 201,
    response: Streefwaarde,
  })
  stelVast(@Body() body: StreefwaardeRequest, @CurrentPrincipal() wie: Principal) {
    return this.stelStreefwaardeVast.execute(body, wie);
  }
}
