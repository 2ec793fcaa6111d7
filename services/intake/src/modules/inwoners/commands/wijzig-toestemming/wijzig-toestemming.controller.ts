import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { Toestemming } from './wijzig-toestemming.response';
import { WijzigToestemming } from './wijzig-toestemming.service';

class ToestemmingRequest extends createZodDto(z.object({ gegeven: z.boolean() }).strict()) {}

@ApiTags('inwoners')
@Controller('inwoners')
export class WijzigToestemmingController {
  constructor(private readonly wijzigToestemming: WijzigToestemming) {}

  @Put(':inwonerId/toestemmingen/:doel')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'wijzigToestemming',
    summary: "Record or withdraw an inwoner's consent for a purpose",
    status: 200,
    response: Toestemming,
    errors: {
      404: 'No inwoner with this id that the caller may see, or an unknown purpose.',
      409: "The identity in the caller's aanmeldingen of this inwoner is being checked by beheer.",
    },
  })
  wijzig(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Param('doel') doel: string,
    @Body() body: ToestemmingRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.wijzigToestemming.execute(inwonerId, doel, body.gegeven, wie);
  }
}
