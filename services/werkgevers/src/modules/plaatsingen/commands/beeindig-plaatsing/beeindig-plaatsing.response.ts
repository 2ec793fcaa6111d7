import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, PlaatsingEindeRedenSchema } from '@wiz/contracts';

export class PlaatsingBeeindiging extends createZodDto(
  z.object({ id: z.uuid(), einddatum: IsoDateSchema, reden: z.string(), redenCode: PlaatsingEindeRedenSchema }),
) {}
