import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { Herversleuteling } from './herversleutel-bsn.response';
import { HerversleutelBsn } from './herversleutel-bsn.service';

@ApiTags('beheer')
@Controller('bsn-herversleutelingen')
export class HerversleutelBsnController {
  constructor(private readonly herversleutelBsn: HerversleutelBsn) {}

  @Post()
  @Roles('beheer')
  @Operation({
    id: 'herversleutelBsn',
    summary: 'Re-encrypt a batch of BSNs that are still under an older key',
    status: 200,
    response: Herversleuteling,
  })
  herversleutel(@CurrentPrincipal() wie: Principal) {
    return this.herversleutelBsn.execute(wie);
  }
}
