import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { MarkeerVerschillend } from './markeer-verschillend.service';

class VerschillendRequest extends createZodDto(z.object({ anderInwonerId: z.uuid() }).strict()) {}

class VerschillendResponse extends createZodDto(
  z.object({ inwonerId: z.uuid(), anderInwonerId: z.uuid(), status: z.literal('verschillend') }),
) {}

@ApiTags('inwoners')
@Controller('inwoners')
export class MarkeerVerschillendController {
  constructor(private readonly markeer: MarkeerVerschillend) {}

  @Post(':inwonerId/verschillend')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'markeerInwonersVerschillend',
    summary: 'Mark a likely-duplicate pair as two different people, so it is no longer proposed (audited)',
    status: 200,
    response: VerschillendResponse,
    errors: { 404: 'One of the two is not an inwoner the caller may see.' },
  })
  markeerVerschillend(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Body() body: VerschillendRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.markeer.execute(inwonerId, body.anderInwonerId, wie);
  }
}
