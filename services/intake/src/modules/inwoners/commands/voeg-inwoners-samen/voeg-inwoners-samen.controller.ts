import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { VoegInwonersSamen } from './voeg-inwoners-samen.service';

class SamenvoegingRequest extends createZodDto(
  z
    .object({
      vervallenInwonerId: z.uuid().describe('the record that is merged away into the one in the path'),
      reden: z.string().trim().min(1, 'must not be empty').max(1_000),
    })
    .strict(),
) {}

class SamenvoegingResponse extends createZodDto(
  z.object({
    behoudenInwonerId: z.uuid(),
    vervallenInwonerId: z.uuid(),
    samengevoegdOp: z.iso.datetime({ offset: true }),
  }),
) {}

@ApiTags('inwoners')
@Controller('inwoners')
export class VoegInwonersSamenController {
  constructor(private readonly samenvoegen: VoegInwonersSamen) {}

  @Post(':behoudenId/samenvoegingen')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'voegInwonersSamen',
    summary: 'Merge a duplicate into this inwoner: one person from now on (publishes inwoners-samengevoegd)',
    description:
      'The vervallen record’s aanmeldingen, identity checks, consents and BSN move to the kept one; it stays as a ' +
      'pointer: `GET /inwoners/{vervallenId}` answers the kept inwoner (its `id`). The same merge again answers ' +
      'the first result and publishes nothing.',
    status: 201,
    response: SamenvoegingResponse,
    errors: {
      404: 'One of the two is not an inwoner the caller may see.',
      409: 'The kept record was merged away itself, the other was merged into another, both have a BSN, or the caller’s identity of one is being checked.',
    },
  })
  voegInwonersSamen(
    @Param('behoudenId', new ParseUUIDPipe()) behoudenId: string,
    @Body() body: SamenvoegingRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.samenvoegen.execute(behoudenId, body.vervallenInwonerId, body.reden, wie);
  }
}
