import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { VACATURE_STATUSSEN } from '../../domain/vacature-status';

export class VacatureStatusWijziging extends createZodDto(
  z.object({
    id: z.uuid(),
    status: z.enum(VACATURE_STATUSSEN),
    statusReden: z.string().nullable(),
    aantal: z.number().int().describe('places'),
    vervuld: z.number().int().describe('placements on it that have not ended'),
  }),
) {}
