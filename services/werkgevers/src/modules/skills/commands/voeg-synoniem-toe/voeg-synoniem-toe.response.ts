import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class SynoniemToegevoegd extends createZodDto(
  z.object({ code: z.string(), synoniem: z.string().describe('as stored: normalised') }),
) {}
