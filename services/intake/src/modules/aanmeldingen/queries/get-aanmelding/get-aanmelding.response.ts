import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { RouteSchema } from '../../commands/registreer-aanmelding/registreer-aanmelding.response';

export class AanmeldingDetail extends createZodDto(
  z.object({
    id: z.uuid(),
    inwonerId: z.uuid(),
    kanaal: z.string(),
    status: z.string(),
    route: RouteSchema,
    aangemeldOp: z.iso.datetime({ offset: true }),
    routeringsversie: z
      .number()
      .int()
      .optional()
      .describe(
        'the routing table version that chose the route; absent for aanmeldingen from before versions were kept',
      ),
    situatie: z
      .record(z.string(), z.unknown())
      .describe('the answers as given at intake, including the optional ESF+ questions'),
  }),
) {}
