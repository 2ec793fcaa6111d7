import { createZodDto } from 'nestjs-zod';
import { VacatureInLijstSchema } from '../vacatures-lijst/vacatures-lijst.response';

/** One vacancy, as the list shows it: with its employer. */
export class Vacature extends createZodDto(VacatureInLijstSchema) {}
