import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CORRIGEERBARE_VELDEN } from '../../domain/correctie';

const InwonerWijziging = z.object({
  versie: z.number().int().describe('the inwoner’s version this change made'),
  veld: z.enum(CORRIGEERBARE_VELDEN),
  oud: z.string().nullable().describe('beheer and the organisation that made the change only; else null'),
  nieuw: z.string().nullable(),
  reden: z.string(),
  gewijzigdDoor: z.string(),
  gewijzigdDoorOrganisatie: z.string(),
  gewijzigdOp: z.iso.datetime({ offset: true }),
});

export class InwonerWijzigingenLijstResponse extends createZodDto(z.object({ items: z.array(InwonerWijziging) })) {}
