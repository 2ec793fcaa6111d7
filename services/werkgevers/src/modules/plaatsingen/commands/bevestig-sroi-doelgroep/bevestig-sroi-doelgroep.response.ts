import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SroiDoelgroepSchema } from '../../../sroi/domain';

export class SroiDoelgroepBevestiging extends createZodDto(
  z.object({ id: z.uuid(), sroiDoelgroep: SroiDoelgroepSchema, sroiDoelgroepStatus: z.literal('bevestigd') }),
) {}
