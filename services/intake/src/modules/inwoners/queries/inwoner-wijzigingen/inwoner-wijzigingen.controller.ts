import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { InwonerWijzigingenLijstResponse } from './inwoner-wijzigingen.response';
import { InwonerWijzigingenLijst } from './inwoner-wijzigingen.query';

@ApiTags('inwoners')
@Controller('inwoners')
export class InwonerWijzigingenController {
  constructor(private readonly lijst: InwonerWijzigingenLijst) {}

  @Get(':inwonerId/wijzigingen')
  @Roles('frontoffice', 'beheer', 'consulent', 'teamleider')
  @Operation({
    id: 'getInwonerWijzigingen',
    summary: 'The history of corrections of an inwoner, oldest first (audited read)',
    status: 200,
    response: InwonerWijzigingenLijstResponse,
    errors: {
      404: 'No inwoner with this id that the caller may see.',
      409: 'The caller’s identity of this inwoner is being checked by beheer.',
    },
  })
  getInwonerWijzigingen(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.lijst.execute(inwonerId, wie);
  }
}
