import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { StapSchema } from '@wiz/contracts';
import { OVERDRACHT_STATUSSEN } from '../../domain/overdracht';

const Tijdstip = z.iso.datetime({ offset: true });

const OverdrachtSchema = z.object({
  id: z.uuid(),
  trajectId: z.uuid(),
  vanOrganisatie: z.string(),
  naarOrganisatie: z.string(),
  naarStap: StapSchema.nullable().describe('the step the receiver takes the traject on in; null for older handovers'),
  toelichting: z
    .string()
    .nullable()
    .describe(
      'the note for the receiver; null for a reader outside the handover, and for the organisation that declined it',
    ),
  status: z.enum(OVERDRACHT_STATUSSEN),
  voorgesteldDoor: z.string(),
  voorgesteldOp: Tijdstip,
  besluit: z
    .object({ door: z.string(), op: Tijdstip, reden: z.string().nullable().describe('why it was declined') })
    .optional(),
});

export class Overdrachten extends createZodDto(z.object({ items: z.array(OverdrachtSchema) })) {}
