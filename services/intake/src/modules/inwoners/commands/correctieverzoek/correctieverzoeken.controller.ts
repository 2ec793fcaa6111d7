import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, type Principal, Roles } from '@wiz/platform';
import {
  CorrectieverzoekAfhandeling,
  CorrectieverzoekenPagina,
  CorrectieverzoekenVraag,
  CorrectieverzoekResponse,
} from './correctieverzoek.schemas';
import { CorrectieverzoekenService } from './correctieverzoeken.service';

/** The front office's task list of correction requests and their closing (the correction itself: PATCH /inwoners). */
@ApiTags('correctieverzoeken')
@Roles('frontoffice', 'beheer')
@Controller('correctieverzoeken')
export class CorrectieverzoekenController {
  constructor(private readonly service: CorrectieverzoekenService) {}

  @Get()
  @Operation({
    id: 'zoekCorrectieverzoeken',
    summary: 'Correction requests of inwoners the caller’s organisation sees, oldest first (audited)',
    description: 'By `status` (all when absent). Beheer sees every organisation’s.',
    status: 200,
    response: CorrectieverzoekenPagina,
  })
  lijst(@Query() vraag: CorrectieverzoekenVraag, @CurrentPrincipal() wie: Principal) {
    return this.service.lijst(vraag, wie);
  }

  @Post(':id/afhandeling')
  @HttpCode(200)
  @Operation({
    id: 'handelCorrectieverzoekAf',
    summary: 'Close a correction request with its outcome and what the person is told (audited)',
    description: 'Make the correction first with PATCH /inwoners/{inwonerId} (audited, with history).',
    status: 200,
    response: CorrectieverzoekResponse,
    errors: {
      404: 'No correction request with this id of an inwoner the caller sees.',
      409: 'The request was already handled.',
    },
  })
  handelAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CorrectieverzoekAfhandeling,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.service.handelAf(id, body.uitkomst, body.toelichting, wie);
  }
}
