import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class KostenregelImportStand extends createZodDto(
  z.object({
    id: z.uuid(),
    status: z.string().describe('in-bewerking, verwerkt or geweigerd'),
    voortgang: z.number().int().min(0).max(100),
    aantal: z.number().int().nullable().optional().describe('verwerkt: the lines stored'),
    detail: z.string().optional().describe('geweigerd: why nothing was stored'),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('geweigerd: every bad row and field'),
  }),
) {}
