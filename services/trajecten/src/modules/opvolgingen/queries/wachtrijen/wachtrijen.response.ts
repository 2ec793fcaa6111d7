import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class Wachtrijen extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        naam: z.string(),
        redis: z.record(z.string(), z.number().int()).describe('BullMQ job counts: waiting, delayed, active, …'),
        gepland: z.number().int().describe('follow-ups planned in PostgreSQL'),
      }),
    ),
  }),
) {}
