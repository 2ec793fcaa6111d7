import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { RegistreerAanmelding as Aanmelding, RegistreerAanmeldingRequest } from './registreer-aanmelding.request';
import { Registratie } from './registreer-aanmelding.response';
import { RegistreerAanmelding } from './registreer-aanmelding.service';
import { RegistreerAnoniemeAanmelding } from './registreer-anonieme-aanmelding.service';

@ApiTags('aanmeldingen')
@Controller('aanmeldingen')
export class RegistreerAanmeldingController {
  constructor(
    private readonly registreer: RegistreerAanmelding,
    private readonly registreerAnoniem: RegistreerAnoniemeAanmelding,
  ) {}

  @Post()
  @Roles('frontoffice', 'beheer')
  @Idempotent()
  @Operation({
    id: 'registreerAanmelding',
    summary: 'Register anyone who asks for help and give them a route (No Wrong Door)',
    description:
      'With `"anoniem": true` (kanaal talentperron or evenement only) the inwoner is `{ roepnaam, contact?, ' +
      'gemeentecode? }`: routed on what is known, no aanmelding-afgerond until POST /inwoners/{id}/identificatie.',
    status: 201,
    response: Registratie,
  })
  registreerAanmelding(@Body() body: RegistreerAanmeldingRequest, @CurrentPrincipal() principal: Principal) {
    const aanmelding = body as Aanmelding;
    return aanmelding.anoniem
      ? this.registreerAnoniem.execute(aanmelding, principal)
      : this.registreer.execute(aanmelding, principal);
  }
}
