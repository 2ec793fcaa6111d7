import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ToestemmingDoelSchema } from '@wiz/contracts';

export const ToestemmingSchema = z.object({
  doel: ToestemmingDoelSchema,
  gegeven: z.boolean(),
  gewijzigdOp: z.iso.datetime({ offset: true }),
});

export class Toestemming extends createZodDto(ToestemmingSchema) {}
