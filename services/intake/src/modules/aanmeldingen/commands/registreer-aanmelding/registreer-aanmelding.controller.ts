import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { RegistreerAanmeldingRequest } from './registreer-aanmelding.request';
import { RegistreerAanmelding, Registratie } from './registreer-aanmelding.service';

@ApiTags('aanmeldingen')
@Controller('aanmeldingen')
export class RegistreerAanmeldingController {
  constructor(private readonly registreer: RegistreerAanmelding) {}

  @Post()
  @Roles('frontoffice', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Register anyone who asks for help and give them a route (No Wrong Door)' })
  @ApiCreatedResponse({
    description: '{ id, inwonerId, status, route, routeringsversie, mogelijkDubbel, identiteitTeControleren }',
  })
  registreerAanmelding(
    @Body() body: RegistreerAanmeldingRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Registratie> {
    return this.registreer.execute(body, principal);
  }
}
