import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { toestemmingView } from '../../queries/toestemmingen/toestemmingen.query';
import { ToestemmingRecord } from '../../queries/toestemmingen/toestemmingen.response';
import { GeefToestemmingRequest } from './geef-toestemming.request';
import { GeefToestemming } from './geef-toestemming.service';

const AL_GEGEVEN = 'A consent for this purpose (and vacancy) is in force already.';
const ONGELDIG =
  '400 when geldigTot is in the past, or vacatureId is missing for profiel-delen-met-vacature (or given for another purpose).';

@ApiTags('toestemmingen')
@Controller()
export class GeefToestemmingController {
  constructor(private readonly geef: GeefToestemming) {}

  @Post('mijn/toestemmingen')
  @Roles('inwoner')
  @Operation({
    id: 'geefMijnToestemming',
    summary: 'Give consent for a purpose, as the inwoner (audited; announced to the services that use it)',
    description: `The inwoner comes from the token only. ${ONGELDIG}`,
    status: 201,
    response: ToestemmingRecord,
    errors: { 404: 'The inwoner of the token is not known (any more).', 409: AL_GEGEVEN },
  })
  async geefMijn(@Body() body: GeefToestemmingRequest, @CurrentPrincipal() wie: Principal) {
    return toestemmingView(await this.geef.execute(body, wie));
  }

  @Post('inwoners/:inwonerId/toestemmingen')
  @Roles('frontoffice', 'consulent', 'beheer')
  @Operation({
    id: 'geefToestemmingNamens',
    summary: 'Give consent for a purpose on behalf of the inwoner (recorded as namens; audited)',
    description:
      'Front office and beheer through an aanmelding their organisation sees with a confirmed identity; a consulent ' +
      `while holding one of the person’s trajecten; 403 while the processing of their data is restricted. ${ONGELDIG}`,
    status: 201,
    response: ToestemmingRecord,
    errors: {
      404: 'No inwoner with this id that the caller may see.',
      409: `${AL_GEGEVEN} Or the caller’s identity of this inwoner is being checked by beheer.`,
    },
  })
  async geefNamens(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Body() body: GeefToestemmingRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return toestemmingView(await this.geef.execute(body, wie, inwonerId));
  }
}
