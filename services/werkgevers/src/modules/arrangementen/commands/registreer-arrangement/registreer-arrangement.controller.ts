import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { RegistreerArrangement } from './registreer-arrangement.service';
import { ArrangementGeregistreerd } from './registreer-arrangement.response';

const ArrangementSchema = z
  .object({
    naam: z.string().trim().min(1).max(300),
    soort: z.enum(['kansrijk-opleiden', 'werkfit', 'praktijkleren', 'open-hiring', 'sroi']),
    werkgeverIds: z.array(z.uuid()).min(1).max(100),
    onderwijsinstelling: z.string().trim().min(1).max(300).optional(),
    plaatsen: z.number().int().min(1).max(10_000),
    startdatum: IsoDateSchema,
    einddatum: IsoDateSchema,
  })
  .strict()
  .refine((a) => a.einddatum >= a.startdatum, { path: ['einddatum'], message: 'must not be before startdatum' });
class NieuwArrangement extends createZodDto(ArrangementSchema) {}

@ApiTags('arrangementen')
@Controller('arrangementen')
export class RegistreerArrangementController {
  constructor(private readonly registreer: RegistreerArrangement) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @Operation({
    id: 'registreerArrangement',
    summary: 'Record an arrangement with employers and optionally a school',
    status: 201,
    response: ArrangementGeregistreerd,
  })
  maak(@Body() a: NieuwArrangement, @CurrentPrincipal() wie: Principal) {
    return this.registreer.execute(a, wie);
  }
}
