import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { RedenSchema } from '../domain/privacyverzoek';

/** The body of every privacy request: why it is granted. */
export class RedenRequest extends createZodDto(z.object({ reden: RedenSchema }).strict()) {}
