import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginaSchema } from '@wiz/contracts';
import { VacatureSchema } from '../werkgever.response';

export const VacatureInLijstSchema = VacatureSchema.extend({ werkgeverId: z.uuid(), werkgeverNaam: z.string() });

export type VacatureInLijst = z.infer<typeof VacatureInLijstSchema>;

export class VacaturesPagina extends createZodDto(paginaSchema(VacatureInLijstSchema)) {}
