import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { InBewerkingSchema, resultaatOfInBewerking } from '../../../in-bewerking.response';

/** The 202 of a large file: follow it at GET /kostenregels/importen/{id}. */
export class ImportInBewerking extends createZodDto(InBewerkingSchema) {}

export const KostenregelImport = resultaatOfInBewerking(
  'KostenregelImport',
  z.object({ aantal: z.number().int().describe('lines stored') }),
  '201: { aantal }, stored within the request; 202: { id, status, voortgang }, stored by a job',
);
