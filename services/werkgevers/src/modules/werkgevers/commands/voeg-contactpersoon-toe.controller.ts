import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { TelefoonSchema } from '@wiz/contracts';
import { CurrentPrincipal, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { wijzigbareWerkgever } from '../database/wijzigbare-werkgever';

class NieuweContactpersoon extends createZodDto(
  z
    .object({
      naam: z.string().trim().min(1).max(200),
      functie: z.string().max(200).optional(),
      email: z.email().optional(),
      telefoon: TelefoonSchema.optional(),
    })
    .strict(),
) {}

@ApiTags('werkgevers')
@Controller('werkgevers')
export class VoegContactpersoonToeController {
  constructor(private readonly transactions: TransactionRunner) {}

  @Post(':id/contactpersonen')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'Add a contact person at the employer' })
  @ApiCreatedResponse({ description: '{ id }' })
  voegToe(
    @Param('id', new ParseUUIDPipe()) werkgeverId: string,
    @Body() c: NieuweContactpersoon,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.transactions.run(async (m) => {
      await wijzigbareWerkgever(m, werkgeverId, wie);
      const id = randomUUID();
      await m.query(
        'INSERT INTO contactpersonen (id, werkgever_id, naam, functie, email, telefoon) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, werkgeverId, c.naam, c.functie ?? null, c.email ?? null, c.telefoon ?? null],
      );
      return { id };
    });
  }
}
