import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Operation, Public } from '@wiz/platform';
import { SESSIE_SLEUTEL } from '../../inwonersessie.tokens';
import type { SessieSleutel } from '../../identity/sessie-sleutel';

class SessieJwks extends createZodDto(
  z.object({
    keys: z
      .array(z.object({ kty: z.string(), kid: z.string(), crv: z.string(), x: z.string(), y: z.string() }).loose())
      .describe('the public key inwoner tokens are signed with (ES256)'),
  }),
) {}

/**
 * Public, as any issuer's keys are: production services and the portaal point AUTH_INWONER_JWKS_URL here to check
 * inwoner tokens. Only the public half.
 */
@ApiTags('inwonersessies')
@Controller('inwonersessies/sleutels')
export class SessieSleutelsController {
  constructor(@Inject(SESSIE_SLEUTEL) private readonly sleutel: SessieSleutel) {}

  @Get()
  @Public()
  @Operation({
    id: 'getInwonersessieSleutels',
    summary: 'The public keys (JWKS) of the inwoner-session issuer, for AUTH_INWONER_JWKS_URL',
    status: 200,
    response: SessieJwks,
  })
  sleutels(): SessieJwks {
    return this.sleutel.jwks as SessieJwks;
  }
}
