import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class Kandidaatprofiel extends createZodDto(
  z.object({
    trajectId: z.uuid(),
    skills: z.array(z.string()).describe('vocabulary codes, or the normalised free texts'),
    vrijgegeven: z.boolean(),
  }),
) {}
