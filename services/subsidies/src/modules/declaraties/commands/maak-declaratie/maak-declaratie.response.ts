import { createZodDto } from 'nestjs-zod';
import { InBewerkingSchema, resultaatOfInBewerking } from '../../../in-bewerking.response';
import { DeclaratieSchema } from '../../queries/lees-declaratie/lees-declaratie.response';

/** The 202 of a large claim: GET /declaraties/{id} shows its progress until it is a concept. */
export class DeclaratieInBewerking extends createZodDto(InBewerkingSchema) {}

export const NieuweDeclaratie = resultaatOfInBewerking(
  'NieuweDeclaratie',
  DeclaratieSchema,
  '201: the concept claim, compiled within the request; 202: { id, status, voortgang }, compiled by a job',
);
