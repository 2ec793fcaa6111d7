import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** What writing or correcting a note answers: the note's id (the same for all its versions) and the new version. */
export class JournaalNotitieVersie extends createZodDto(
  z.object({
    id: z.uuid().describe("the note's id, the same for every version"),
    versie: z.number().int().min(1),
  }),
) {}
