import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AFSLUITBARE_SOORTEN } from '../../domain/afsluiting';

export class OpvolgingAfgesloten extends createZodDto(
  z.object({
    id: z.uuid(),
    status: z.literal('afgehandeld'),
    volgende: z
      .object({ id: z.uuid(), soort: z.enum(AFSLUITBARE_SOORTEN), vervaldatum: z.iso.datetime({ offset: true }) })
      .optional(),
  }),
) {}
