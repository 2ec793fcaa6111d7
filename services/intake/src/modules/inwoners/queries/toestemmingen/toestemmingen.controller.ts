import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { ToestemmingenOverzicht } from './toestemmingen.response';
import { ToestemmingenLijst } from './toestemmingen.query';

@ApiTags('toestemmingen')
@Controller()
export class ToestemmingenController {
  constructor(private readonly lijst: ToestemmingenLijst) {}

  @Get('mijn/toestemmingen')
  @Roles('inwoner')
  @Operation({
    id: 'mijnToestemmingen',
    summary: 'Your consents, in force or not, and every change with whether you or a staff member made it',
    status: 200,
    response: ToestemmingenOverzicht,
    errors: { 404: 'The inwoner of the token is not known (any more).' },
  })
  mijn(@CurrentPrincipal() wie: Principal) {
    return this.lijst.execute(wie);
  }

  @Get('inwoners/:inwonerId/toestemmingen')
  @Roles('frontoffice', 'consulent', 'beheer')
  @Operation({
    id: 'toestemmingenVanInwoner',
    summary: "An inwoner's consents and their history, for staff acting on their behalf (audited)",
    description:
      'Front office and beheer through an aanmelding their organisation sees; a consulent while holding one of the ' +
      'person’s trajecten; 403 while the processing of their data is restricted.',
    status: 200,
    response: ToestemmingenOverzicht,
    errors: {
      404: 'No inwoner with this id that the caller may see.',
    },
  })
  vanInwoner(@Param('inwonerId', new ParseUUIDPipe()) inwonerId: string, @CurrentPrincipal() wie: Principal) {
    return this.lijst.execute(wie, inwonerId);
  }
}
