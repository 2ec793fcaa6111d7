import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SroiDoelgroepSchema } from '../../../sroi/domain';

/** How sure the placement's SROI doelgroep is: confirmed, derived from the benefit situation, or not known. */
export const SroiDoelgroepStatusSchema = z.enum(['bevestigd', 'afgeleid', 'onbevestigd']);

export class PlaatsingGeregistreerd extends createZodDto(
  z.object({
    id: z.uuid(),
    sroiDoelgroep: SroiDoelgroepSchema.nullable().optional().describe('with an SROI obligation'),
    sroiDoelgroepStatus: SroiDoelgroepStatusSchema.nullable().optional().describe('with an SROI obligation'),
  }),
) {}
