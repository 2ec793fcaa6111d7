import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GemeentecodeSchema, KvkNummerSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Principal, Roles, TransactionRunner, problemException } from '@wiz/platform';

class RegistreerWerkgever extends createZodDto(
  z
    .object({
      kvkNummer: KvkNummerSchema,
      naam: z.string().trim().min(1).max(300),
      gemeentecode: GemeentecodeSchema,
      sbiCode: z
        .string()
        .regex(/^\d{2}(\.?\d{1,3})?$/, 'must be an SBI code such as 86 or 8610')
        .optional(),
      strategischPartner: z.boolean().default(false),
    })
    .strict(),
) {}

/**
 * An employer is known by its KvK number, once: the unique index decides, also for two requests at the same moment.
 * The caller's organisation owns the record (it, or beheer, changes it; every employer team reads it).
 */
@ApiTags('werkgevers')
@Controller('werkgevers')
export class RegistreerWerkgeverController {
  constructor(private readonly transactions: TransactionRunner) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Register an employer by KvK number (409 with the existing id when known)' })
  @ApiCreatedResponse({ description: '{ id }' })
  registreer(@Body() body: RegistreerWerkgever, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const id = randomUUID();
      const inserted: unknown[] = await m.query(
        `INSERT INTO werkgevers (id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (kvk_nummer) DO NOTHING RETURNING id`,
        [
          id,
          body.kvkNummer,
          body.naam,
          body.gemeentecode,
          body.sbiCode ?? null,
          body.strategischPartner,
          wie.organisatie,
        ],
      );
      if (inserted.length === 0) {
        const [bestaand] = await m.query('SELECT id FROM werkgevers WHERE kvk_nummer = $1', [body.kvkNummer]);
        throw problemException(409, `An employer with KvK number ${body.kvkNummer} exists already.`, {
          bestaandId: bestaand.id,
        });
      }
      return { id };
    });
  }
}
