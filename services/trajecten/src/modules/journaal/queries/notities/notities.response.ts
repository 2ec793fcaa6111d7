import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { NOTITIE_SOORTEN } from '../../domain/notitie';

const Tijdstip = z.iso.datetime({ offset: true });

const JournaalNotitieVersieSchema = z.object({
  versie: z.number().int().min(1),
  tekst: z.string().describe('exactly as typed; render it as text, never as HTML'),
  auteur: z.string().describe("the author's subject"),
  geschrevenOp: Tijdstip,
  reden: z.string().nullable().describe('why this version corrects the one before; null for the first'),
});

const JournaalNotitieSchema = JournaalNotitieVersieSchema.extend({
  id: z.uuid().describe("the note's id, the same for every version"),
  soort: z.enum(NOTITIE_SOORTEN),
  datum: z.iso.date(),
  gevoelig: z.boolean(),
  historie: z
    .array(JournaalNotitieVersieSchema)
    .optional()
    .describe('with historie=true: the earlier versions, newest first'),
});

export class JournaalNotities extends createZodDto(
  z.object({
    items: z
      .array(JournaalNotitieSchema)
      .describe('the newest version of each note the caller may see, the latest conversation first'),
  }),
) {}
