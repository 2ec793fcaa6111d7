import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const PlanAkkoordSchema = z.object({
  door: z.string().describe('who agreed, by name (usually the inwoner)'),
  op: z.iso.date().describe('the day they agreed'),
  vastgelegdDoor: z.string().describe('the subject of whoever recorded it'),
  vastgelegdOp: z.iso.datetime({ offset: true }),
});

export class PlanAkkoord extends createZodDto(PlanAkkoordSchema) {}
