import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitResultaatSchema, IsoDateSchema } from '@wiz/contracts';

export class ActiviteitAfgerond extends createZodDto(
  z.object({ id: z.uuid(), resultaat: ActiviteitResultaatSchema, datum: IsoDateSchema }),
) {}
