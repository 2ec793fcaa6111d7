import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const MijnVacature = z.object({
  id: z.uuid(),
  titel: z.string(),
  werkgever: z.string().describe("the employer's name"),
});

export class MijnVacatures extends createZodDto(
  z.object({
    items: z
      .array(MijnVacature)
      .describe('empty while the caller has no open traject in step Matchen (then no candidate list shows them)'),
  }),
) {}
