import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GemeentecodeSchema, KvkNummerSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { RegistreerWerkgever } from './registreer-werkgever.service';

class RegistreerWerkgeverVerzoek extends createZodDto(
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

@ApiTags('werkgevers')
@Controller('werkgevers')
export class RegistreerWerkgeverController {
  constructor(private readonly registreerWerkgever: RegistreerWerkgever) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Register an employer by KvK number (409 with the existing id when known)' })
  @ApiCreatedResponse({ description: '{ id }' })
  registreer(@Body() body: RegistreerWerkgeverVerzoek, @CurrentPrincipal() wie: Principal) {
    return this.registreerWerkgever.execute(body, wie);
  }
}
