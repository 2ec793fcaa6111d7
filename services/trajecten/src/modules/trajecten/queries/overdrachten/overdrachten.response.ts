import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OVERDRACHT_STATUSSEN } from '../../domain/overdracht';

const Tijdstip = z.iso.datetime({ offset: true });

const OverdrachtSchema = z.object({
  id: z.uuid(),
  trajectId: z.uuid(),
  vanOrganisatie: z.string(),
  naarOrganisatie: z.string(),
  toelichting: z
    .string()
    .nullable()
    .describe('the note for the receiver; null for the organisation that declined it (it never took the person on)'),
  status: z.enum(OVERDRACHT_STATUSSEN),
  voorgesteldDoor: z.string(),
  voorgesteldOp: Tijdstip,
  besluit: z
    .object({ door: z.string(), op: Tijdstip, reden: z.string().nullable().describe('why it was declined') })
    .optional(),
});

export class Overdrachten extends createZodDto(z.object({ items: z.array(OverdrachtSchema) })) {}
