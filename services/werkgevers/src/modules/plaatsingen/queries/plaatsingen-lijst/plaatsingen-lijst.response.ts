import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ContractvormSchema, IsoDateSchema, paginaSchema, PlaatsingEindeRedenSchema } from '@wiz/contracts';
import { SroiDoelgroepSchema } from '../../../sroi/domain';
import { SroiDoelgroepStatusSchema } from '../../commands/registreer-plaatsing/registreer-plaatsing.response';

/** A placement as the list shows it: with its employer's name, its vacancy's title and the hours in force today. */
const PlaatsingInLijstSchema = z.object({
  id: z.uuid(),
  trajectId: z.uuid(),
  werkgeverId: z.uuid(),
  werkgeverNaam: z.string(),
  vacatureId: z.uuid().nullable(),
  vacatureTitel: z.string().nullable(),
  arrangementId: z.uuid().nullable(),
  sroiVerplichtingId: z.uuid().nullable(),
  sroiDoelgroep: SroiDoelgroepSchema.nullable(),
  sroiDoelgroepStatus: SroiDoelgroepStatusSchema.nullable(),
  startdatum: IsoDateSchema,
  urenPerWeek: z.number().describe('at the start'),
  actueleUrenPerWeek: z.number().describe('in force today'),
  contractvorm: ContractvormSchema,
  afspraakbaan: z.boolean(),
  einddatum: IsoDateSchema.nullable(),
  eindReden: z.string().nullable(),
  eindRedenCode: PlaatsingEindeRedenSchema.nullable(),
});

export type PlaatsingInLijst = z.infer<typeof PlaatsingInLijstSchema>;

export class PlaatsingenPagina extends createZodDto(paginaSchema(PlaatsingInLijstSchema)) {}
