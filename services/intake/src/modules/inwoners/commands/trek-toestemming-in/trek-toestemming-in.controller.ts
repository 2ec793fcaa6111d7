import { Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { toestemmingView } from '../../queries/toestemmingen/toestemmingen.query';
import { ToestemmingRecord } from '../../queries/toestemmingen/toestemmingen.response';
import { TrekToestemmingIn } from './trek-toestemming-in.service';

const WITHDRAWN = 'This consent was withdrawn already.';

@ApiTags('toestemmingen')
@Controller()
export class TrekToestemmingInController {
  constructor(private readonly trekIn: TrekToestemmingIn) {}

  @Post('mijn/toestemmingen/:toestemmingId/intrekking')
  @Roles('inwoner')
  @Operation({
    id: 'trekMijnToestemmingIn',
    summary: 'Withdraw one of your consents (audited; employers stop seeing your profile at once)',
    status: 200,
    response: ToestemmingRecord,
    errors: { 404: 'None of your consents has this id.', 409: WITHDRAWN },
  })
  async trekMijnIn(
    @Param('toestemmingId', new ParseUUIDPipe()) toestemmingId: string,
    @CurrentPrincipal() wie: Principal,
  ) {
    return toestemmingView(await this.trekIn.execute(toestemmingId, wie));
  }

  @Post('inwoners/:inwonerId/toestemmingen/:toestemmingId/intrekking')
  @Roles('frontoffice', 'consulent', 'beheer')
  @Operation({
    id: 'trekToestemmingInNamens',
    summary: 'Withdraw a consent on behalf of the inwoner (recorded as namens; audited)',
    description: '403 while the processing of the inwoner’s data is restricted.',
    status: 200,
    response: ToestemmingRecord,
    errors: {
      404: 'No inwoner with this id that the caller may see, or no consent of theirs with this id.',
      409: `${WITHDRAWN} Or the caller’s identity of this inwoner is being checked by beheer.`,
    },
  })
  async trekInNamens(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Param('toestemmingId', new ParseUUIDPipe()) toestemmingId: string,
    @CurrentPrincipal() wie: Principal,
  ) {
    return toestemmingView(await this.trekIn.execute(toestemmingId, wie, inwonerId));
  }
}
