import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { SroiDoelgroepSchema } from '../../../sroi/domain';
import { BevestigSroiDoelgroep } from './bevestig-sroi-doelgroep.service';

class Bevestiging extends createZodDto(z.object({ sroiDoelgroep: SroiDoelgroepSchema }).strict()) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class BevestigSroiDoelgroepController {
  constructor(private readonly bevestigSroiDoelgroep: BevestigSroiDoelgroep) {}

  @Post(':id/sroi-doelgroep')
  @HttpCode(200)
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: "Confirm an SROI placement's doelgroep; revalues the obligation (audited)" })
  @ApiOkResponse({ description: '{ id, sroiDoelgroep, sroiDoelgroepStatus: bevestigd }' })
  bevestig(@Param('id', new ParseUUIDPipe()) id: string, @Body() b: Bevestiging, @CurrentPrincipal() wie: Principal) {
    return this.bevestigSroiDoelgroep.execute(id, b.sroiDoelgroep, wie);
  }
}
