import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { CredentialUitgifte } from './credential-uitgifte';
import { UitgegevenCredential } from './credential.response';

@ApiTags('mijn')
@Controller('mijn/resultaten')
export class CredentialController {
  constructor(private readonly uitgifte: CredentialUitgifte) {}

  @Get(':resultaatId/credential')
  @Roles('inwoner')
  @Operation({
    id: 'getMijnCredential',
    summary:
      'One of my results as a verifiable credential (VC 2.0 as vc+jwt, signed by the region) to show an employer; audited',
    status: 200,
    response: UitgegevenCredential,
    errors: {
      404: 'You have no result with this id.',
      409: 'Your login carries no name to put on the credential.',
    },
  })
  async credential(
    @Param('resultaatId', new ParseUUIDPipe()) resultaatId: string,
    @CurrentPrincipal() wie: Principal,
  ): Promise<UitgegevenCredential> {
    const { credential } = await this.uitgifte.geef(wie, resultaatId, 'credential-uitgeven');
    return { credential, formaat: 'vc+jwt' };
  }
}
