import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CORRIGEERBARE_VELDEN } from '../../domain/correctie';

export class Gecorrigeerd extends createZodDto(
  z.object({
    inwonerId: z.uuid(),
    versie: z.number().int().describe('also the ETag, for the next If-Match'),
    gewijzigdeVelden: z.array(z.enum(CORRIGEERBARE_VELDEN)).describe('empty when nothing differed'),
    verhuisd: z.boolean().describe('the gemeente changed: inwoner-verhuisd was published'),
  }),
) {}
