import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { RegelingCodeSchema, StapSchema } from '@wiz/contracts';

/** The route an aanmelding was given: the step, who takes it up and which regelingen may pay for it. */
export const RouteSchema = z.object({
  stap: StapSchema,
  organisatie: z.string().describe('a gemeentecode (GM0014) or the partner organisation that takes it up'),
  dienst: z.string(),
  regelingen: z.array(RegelingCodeSchema),
  toelichting: z.string().describe('Dutch, for the inwoner'),
});

export class Registratie extends createZodDto(
  z.object({
    id: z.uuid(),
    inwonerId: z.uuid(),
    status: z.literal('doorverwezen'),
    route: RouteSchema,
    routeringsversie: z.number().int(),
    mogelijkDubbel: z.boolean(),
    identiteitTeControleren: z
      .boolean()
      .describe('the BSN was known with another name or birth date: registered, but beheer checks the identity'),
    anoniem: z.literal(true).optional().describe('an anonymous orientation: identify the person later'),
  }),
) {}
