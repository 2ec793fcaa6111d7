import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { RegeltabelSchema } from '../../domain';

export class NieuweVersie extends createZodDto(
  z.object({ toelichting: z.string().trim().min(1).max(2_000), tabel: RegeltabelSchema }).strict(),
) {}
