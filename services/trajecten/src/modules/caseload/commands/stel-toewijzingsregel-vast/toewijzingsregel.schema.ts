import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OrganisatieSchema } from '@wiz/contracts';
import { TOEWIJZINGSREGELS } from '../../domain/toewijzing';

const RegelVelden = {
  regel: z.enum(TOEWIJZINGSREGELS).describe('minst-belast: the least loaded of the team; vast: always `consulent`'),
  team: z.string().trim().min(1).max(100).optional(),
  consulent: z.string().min(1).max(200).optional(),
};

export class ToewijzingsregelRequest extends createZodDto(z.object(RegelVelden).strict()) {}

export class ToewijzingsregelAntwoord extends createZodDto(
  z.object({
    organisatie: OrganisatieSchema,
    regel: RegelVelden.regel,
    team: z.string().nullable(),
    consulent: z.string().nullable(),
  }),
) {}
