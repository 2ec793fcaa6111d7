import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { RegistreerAanmeldingRequest } from './registreer-aanmelding.request';
import { Registratie } from './registreer-aanmelding.response';
import { RegistreerAanmelding } from './registreer-aanmelding.service';

@ApiTags('aanmeldingen')
@Controller('aanmeldingen')
export class RegistreerAanmeldingController {
  constructor(private readonly registreer: RegistreerAanmelding) {}

  @Post()
  @Roles('frontoffice', 'beheer')
  @Idempotent()
  @Operation({
    id: 'registreerAanmelding',
    summary: 'Register anyone who asks for help and give them a route (No Wrong Door)',
    status: 201,
    response: Registratie,
  })
  registreerAanmelding(@Body() body: RegistreerAanmeldingRequest, @CurrentPrincipal() principal: Principal) {
    return this.registreer.execute(body, principal);
  }
}
