import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Operation, Public } from '@wiz/platform';
import { CredentialSleutels } from '../../credential-sleutels';

class CredentialJwks extends createZodDto(
  z.object({
    keys: z
      .array(
        z
          .object({
            kty: z.string(),
            kid: z.string(),
            crv: z.string().optional(),
            x: z.string(),
            y: z.string().optional(),
          })
          .loose(),
      )
      .describe('the signing key first, then earlier keys that still verify older credentials; public parts only'),
  }),
) {}

/** Public: anyone may check our credentials with their own software, so the keys are open (JWKS, RFC 7517). */
@ApiTags('credentials')
@Controller('credentials/sleutels')
export class CredentialSleutelsController {
  constructor(private readonly sleutels: CredentialSleutels) {}

  @Get()
  @Public()
  @Operation({
    id: 'getCredentialSleutels',
    summary: 'The public keys (JWKS) of the verifiable credentials this region issues, earlier keys included',
    status: 200,
    response: CredentialJwks,
  })
  jwks(): CredentialJwks {
    return this.sleutels.jwks() as CredentialJwks;
  }
}
