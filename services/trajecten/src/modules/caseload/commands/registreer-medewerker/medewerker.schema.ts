import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OrganisatieSchema } from '@wiz/contracts';

const MedewerkerVelden = {
  naam: z.string().trim().min(1).max(200),
  organisatie: OrganisatieSchema,
  team: z.string().trim().min(1).max(100).nullable(),
  actief: z.boolean(),
};

export const MedewerkerSchema = z.object({ subject: z.string(), ...MedewerkerVelden });

export class MedewerkerRequest extends createZodDto(z.object(MedewerkerVelden).strict()) {}

export class MedewerkerAntwoord extends createZodDto(MedewerkerSchema) {}
