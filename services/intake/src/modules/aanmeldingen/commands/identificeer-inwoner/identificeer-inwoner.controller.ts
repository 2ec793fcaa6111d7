import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { InwonerIdentiteitSchema } from '../registreer-aanmelding/registreer-aanmelding.request';
import { IdentificeerInwoner } from './identificeer-inwoner.service';

class IdentificatieRequest extends createZodDto(InwonerIdentiteitSchema) {}

class IdentificatieResponse extends createZodDto(
  z.object({
    inwonerId: z
      .uuid()
      .describe('the inwoner the person is from now on: the former anonymous one or the one merged into'),
    samengevoegd: z.boolean().describe('merged into an inwoner intake held already (same BSN or duplicate key)'),
    aanmeldingIds: z.array(z.uuid()).describe('the aanmeldingen whose aanmelding-afgerond was published now'),
    identiteitTeControleren: z.boolean().describe('the BSN was known with another name or birth date'),
  }),
) {}

@ApiTags('inwoners')
@Controller('inwoners')
export class IdentificeerInwonerController {
  constructor(private readonly identificeer: IdentificeerInwoner) {}

  @Post(':inwonerId/identificatie')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'identificeerInwoner',
    summary: 'Identify an anonymous person: merge into the inwoner they are, or identify the record (audited)',
    description:
      'The body is the inwoner of an identified aanmelding. The same BSN, or without one the same duplicate key ' +
      '(surname, birth date, postcode), merges the anonymous record into that inwoner (inwoners-samengevoegd); ' +
      'otherwise the record becomes identified. The waiting aanmelding-afgerond events are published now.',
    status: 200,
    response: IdentificatieResponse,
    errors: {
      404: 'No inwoner with this id that the caller may see.',
      409: 'The inwoner is not anonymous, or was merged into another.',
    },
  })
  identificeerInwoner(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Body() body: IdentificatieRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.identificeer.execute(inwonerId, body, wie);
  }
}
