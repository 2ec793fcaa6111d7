import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { AanmeldingDetail } from './get-aanmelding.response';
import { GetAanmelding } from './get-aanmelding.query';

@ApiTags('aanmeldingen')
@Controller('aanmeldingen')
export class GetAanmeldingController {
  constructor(private readonly aanmelding: GetAanmelding) {}

  @Get(':id')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'getAanmelding',
    summary: 'One aanmelding with its route and the situation as recorded (audited read)',
    status: 200,
    response: AanmeldingDetail,
    errors: { 404: 'No aanmelding with this id that the caller may see.' },
  })
  getAanmelding(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.aanmelding.execute(id, principal);
  }
}
