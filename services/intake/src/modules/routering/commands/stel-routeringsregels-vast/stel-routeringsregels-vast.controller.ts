import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { NieuweVersie } from './stel-routeringsregels-vast.request';
import { NieuweRegeltabelVersie } from './stel-routeringsregels-vast.response';
import { StelRouteringsregelsVast } from './stel-routeringsregels-vast.service';

@ApiTags('beheer')
@Controller('routeringsregels')
export class StelRouteringsregelsVastController {
  constructor(private readonly stelVast: StelRouteringsregelsVast) {}

  @Post()
  @Roles('beheer')
  @Operation({
    id: 'stelRouteringsregelsVast',
    summary: 'Store a new version of the routing table (it must end with a catch-all rule)',
    status: 201,
    response: NieuweRegeltabelVersie,
    errors: { 409: 'Another version was stored at the same moment; read the table again and retry.' },
  })
  nieuweVersie(@Body() body: NieuweVersie, @CurrentPrincipal() wie: Principal) {
    return this.stelVast.execute(body.tabel, body.toelichting, wie);
  }
}
