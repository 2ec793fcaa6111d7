import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { Operation, Public } from '@wiz/platform';
import { CREDENTIAL_MAX_LENGTH } from '../../domain/credential';
import { VerifieerCredential } from './verifieer-credential.service';

class VerificatieRequest extends createZodDto(
  z
    .object({
      credential: z
        .string()
        .min(1)
        .max(CREDENTIAL_MAX_LENGTH)
        .describe('the credential as issued: a compact JWS (vc+jwt), as printed on the certificate'),
    })
    .strict(),
) {}

class Verificatie extends createZodDto(
  z.object({
    geldig: z.boolean(),
    reden: z
      .enum(['handtekening-ongeldig', 'onbekende-sleutel', 'verlopen', 'onleesbaar', 'ander-uitgever'])
      .optional()
      .describe('why it is not valid (only when geldig is false)'),
    uitgegevenDoor: z.string().optional().describe('the issuer (only when valid)'),
    geldigVanaf: z.iso.datetime({ offset: true }).optional(),
    onderwerp: z
      .object({
        naam: z.string(),
        resultaat: z.object({
          soort: z.enum(['opleiding', 'praktijkverklaring', 'plaatsing']),
          omschrijving: z.string(),
          behaaldOp: IsoDateSchema,
          organisatie: z.string(),
        }),
      })
      .optional()
      .describe('what the credential says (only when valid)'),
  }),
) {}

/**
 * Public: an employer checks a credential without an account. A check is not a change: 200 with the outcome either
 * way (a forged credential is a valid question with the answer "not valid"); only a malformed body is 400.
 */
@ApiTags('credentials')
@Controller('credentials/verificaties')
export class VerifieerCredentialController {
  constructor(private readonly verifieer: VerifieerCredential) {}

  @Post()
  @Public()
  @HttpCode(200)
  @Operation({
    id: 'verifieerCredential',
    summary: 'Check a verifiable credential of this region: valid, and what it says, or why not',
    status: 200,
    response: Verificatie,
  })
  controleer(@Body() body: VerificatieRequest): Promise<Verificatie> {
    return this.verifieer.execute(body.credential);
  }
}
