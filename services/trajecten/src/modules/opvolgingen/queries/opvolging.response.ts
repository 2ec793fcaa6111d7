import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { OPVOLGING_SOORTEN, OPVOLGING_STATUSSEN } from '../domain/opvolging';

const OpvolgingSchema = z.object({
  id: z.uuid(),
  soort: z.enum(OPVOLGING_SOORTEN),
  trajectId: z.uuid(),
  plaatsingId: z.uuid().nullable().describe('the placement a duurzaamheidscheck follows; null for other kinds'),
  vervaldatum: z.iso.datetime({ offset: true }),
  status: z.enum(OPVOLGING_STATUSSEN),
  verlopen: z.boolean().describe('not done and past its due date'),
  uitkomst: z.object({ inDienst: z.boolean(), urenPerWeek: z.number(), duurzaam: z.boolean() }).optional(),
  afsluiting: z
    .object({ uitkomst: z.string(), door: z.string(), op: z.iso.datetime({ offset: true }) })
    .optional()
    .describe('how a contact moment or stalled reminder was closed'),
  plaatsingBeeindigd: z.object({ einddatum: IsoDateSchema, reden: z.string() }).optional(),
});

export class Opvolging extends createZodDto(OpvolgingSchema) {}

export class Opvolgingen extends createZodDto(z.object({ items: z.array(OpvolgingSchema) })) {}
