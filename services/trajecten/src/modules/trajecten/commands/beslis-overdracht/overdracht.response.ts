import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { StapSchema } from '@wiz/contracts';
import { OVERDRACHT_STATUSSEN } from '../../domain/overdracht';

export class OverdrachtVoorgesteld extends createZodDto(
  z.object({ id: z.uuid(), status: z.enum(OVERDRACHT_STATUSSEN) }),
) {}

export class OverdrachtBesloten extends createZodDto(
  z.object({
    id: z.uuid(),
    status: z.enum(OVERDRACHT_STATUSSEN),
    trajectId: z.uuid(),
    organisatie: z.string().describe('who holds the traject now'),
    consulent: z.string().nullable().describe("the consulent's subject, by the holder's rule; null: nobody yet"),
    huidigeStap: StapSchema.optional().describe('on acceptance: the step the receiver took the traject on in'),
  }),
) {}
