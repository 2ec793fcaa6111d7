import { z } from 'zod';
import { controleerAlleGrenzen, controleerUniekeNamen, controleerVangnet } from './regeltabel-controles';
import { RegelingRegelSchema } from './regeling-regel';
import { RouteRegelSchema } from './route-regel';

/**
 * The declarative routing rule table that functioneel beheer maintains. Each published version is parsed with
 * this schema; a table that passes is guaranteed to route every well-formed input (see routeer), so the
 * refinements below are what makes No Wrong Door hold by construction.
 */
export const RegeltabelSchema = z
  .object({
    routeregels: z
      .array(RouteRegelSchema)
      .min(1, { error: 'a regeltabel needs at least one routeregel: the catch-all that gives everyone a route' }),
    regelingregels: z.array(RegelingRegelSchema),
  })
  .strict()
  .superRefine((tabel, ctx) => {
    const problemen = [
      ...controleerVangnet(tabel.routeregels),
      ...controleerUniekeNamen(tabel.routeregels),
      ...controleerAlleGrenzen(tabel.routeregels, tabel.regelingregels),
    ];
    for (const probleem of problemen) ctx.addIssue({ code: 'custom', ...probleem });
  });

export type Regeltabel = z.infer<typeof RegeltabelSchema>;
