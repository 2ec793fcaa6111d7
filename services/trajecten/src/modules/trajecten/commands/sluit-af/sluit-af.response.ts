import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AfsluitRedenSchema, IsoDateSchema } from '@wiz/contracts';

export class TrajectAfgesloten extends createZodDto(
  z.object({
    id: z.uuid(),
    status: z.enum(['actief', 'afgesloten']),
    reden: AfsluitRedenSchema,
    datum: IsoDateSchema,
  }),
) {}
