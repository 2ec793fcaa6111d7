import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GemeentecodeSchema, KvkNummerSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { RegistreerWerkgever } from './registreer-werkgever.service';
import { WerkgeverGeregistreerd } from './registreer-werkgever.response';

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
  @Operation({
    id: 'registreerWerkgever',
    summary: 'Register an employer by KvK number',
    status: 201,
    response: WerkgeverGeregistreerd,
    errors: { 409: 'An employer with this KvK number exists already (`bestaandId` names it).' },
  })
  registreer(@Body() body: RegistreerWerkgeverVerzoek, @CurrentPrincipal() wie: Principal) {
    return this.registreerWerkgever.execute(body, wie);
  }
}
