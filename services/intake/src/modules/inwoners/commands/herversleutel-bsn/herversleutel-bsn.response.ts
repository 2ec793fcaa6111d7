import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class Herversleuteling extends createZodDto(
  z.object({
    herversleuteld: z.number().int().describe('BSNs re-encrypted by this call'),
    resterend: z.number().int().describe('BSNs still under an older key; call again until 0'),
  }),
) {}
