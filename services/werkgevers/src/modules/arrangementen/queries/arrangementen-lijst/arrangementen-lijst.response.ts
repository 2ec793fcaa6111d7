import { createZodDto } from 'nestjs-zod';
import { paginaSchema } from '@wiz/contracts';
import { ArrangementSchema } from '../arrangement.response';

export class ArrangementenPagina extends createZodDto(paginaSchema(ArrangementSchema)) {}
