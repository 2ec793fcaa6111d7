import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { SubjectSchema } from '../param.pipe';
import { RegelVervanging } from './regel-vervanging.service';

class VervangingRequest extends createZodDto(
  z
    .object({
      vervanger: SubjectSchema.describe('who stands in (a medewerker of the organisation)'),
      voor: SubjectSchema.describe('whose caseload they see'),
      van: IsoDateSchema,
      tot: IsoDateSchema.describe('the last day, included'),
    })
    .strict(),
) {}

class VervangingGeregeld extends createZodDto(z.object({ id: z.uuid() })) {}

@ApiTags('caseload')
@Controller('vervangingen')
export class RegelVervangingController {
  constructor(private readonly useCase: RegelVervanging) {}

  @Post()
  @Roles('teamleider', 'beheer')
  @Operation({
    id: 'regelVervanging',
    summary: "Let a colleague stand in: from `van` to `tot` they also see `voor`'s caseload in /caseload",
    status: 201,
    response: VervangingGeregeld,
  })
  regel(@Body() body: VervangingRequest, @CurrentPrincipal() wie: Principal) {
    return this.useCase.execute(body, wie);
  }
}
