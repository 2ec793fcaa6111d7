import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import type { InwonerView } from '../inwoner.view';
import { Inwoner } from './get-inwoner.response';
import { GetInwoner } from './get-inwoner.query';

@ApiTags('inwoners')
@Controller('inwoners')
export class GetInwonerController {
  constructor(private readonly inwoner: GetInwoner) {}

  @Get(':inwonerId')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'getInwoner',
    summary: 'One inwoner with consents and aanmeldingen (audited read)',
    status: 200,
    response: Inwoner,
    errors: { 404: 'No inwoner with this id that the caller may see.' },
  })
  getInwoner(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @CurrentPrincipal() wie: Principal,
  ): Promise<InwonerView> {
    return this.inwoner.execute(inwonerId, wie);
  }
}
