import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class UitgegevenCredential extends createZodDto(
  z.object({
    credential: z
      .string()
      .describe('a W3C Verifiable Credential (data model 2.0) secured as a JWT: compact JWS, header typ vc+jwt, ES256'),
    formaat: z.literal('vc+jwt'),
  }),
) {}
