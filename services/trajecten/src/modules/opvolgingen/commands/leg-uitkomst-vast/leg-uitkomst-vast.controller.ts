import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { LegUitkomstVast } from './leg-uitkomst-vast.service';
import { Uitkomst } from './leg-uitkomst-vast.response';

class UitkomstRequest extends createZodDto(
  z.object({ inDienst: z.boolean(), urenPerWeek: z.number().min(0).max(80) }).strict(),
) {}

/** The consulent records the duurzaamheidscheck's outcome once it is due; duurzaam = in dienst and ≥ 24 hours. */
@ApiTags('opvolgingen')
@Controller('opvolgingen')
export class LegUitkomstVastController {
  constructor(private readonly legUitkomstVast: LegUitkomstVast) {}

  @Post(':id/uitkomst')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'legUitkomstVast',
    summary: 'Record the outcome of a due duurzaamheidscheck',
    status: 200,
    response: Uitkomst,
    errors: {
      404: 'No follow-up with this id that the caller may see.',
      409: 'Not a duurzaamheidscheck, not due yet, or its outcome is recorded already.',
    },
  })
  legVast(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UitkomstRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.legUitkomstVast.execute(id, body, wie);
  }
}
