import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { SroiDoelgroepSchema } from '../../../sroi/domain';
import { BevestigSroiDoelgroep } from './bevestig-sroi-doelgroep.service';
import { SroiDoelgroepBevestiging } from './bevestig-sroi-doelgroep.response';

class Bevestiging extends createZodDto(z.object({ sroiDoelgroep: SroiDoelgroepSchema }).strict()) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class BevestigSroiDoelgroepController {
  constructor(private readonly bevestigSroiDoelgroep: BevestigSroiDoelgroep) {}

  @Post(':id/sroi-doelgroep')
  @HttpCode(200)
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'bevestigSroiDoelgroep',
    summary: "Confirm an SROI placement's doelgroep; revalues the obligation (audited)",
    status: 200,
    response: SroiDoelgroepBevestiging,
    errors: {
      404: 'No placement with this id that the caller may see.',
      409: 'The placement does not count for an SROI obligation.',
    },
  })
  bevestig(@Param('id', new ParseUUIDPipe()) id: string, @Body() b: Bevestiging, @CurrentPrincipal() wie: Principal) {
    return this.bevestigSroiDoelgroep.execute(id, b.sroiDoelgroep, wie);
  }
}
