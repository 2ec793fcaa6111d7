import { z } from 'zod';
import {
  controleerAlleGrenzen,
  controleerBronnen,
  controleerUniekeNamen,
  controleerVangnet,
} from './regeltabel-controles';
import { RegelingRegelSchema } from './regeling-regel';
import { RouteRegelSchema } from './route-regel';

const RegeltabelVorm = z
  .object({
    routeregels: z
      .array(RouteRegelSchema)
      .min(1, { error: 'a regeltabel needs at least one routeregel: the catch-all that gives everyone a route' }),
    regelingregels: z.array(RegelingRegelSchema),
  })
  .strict();

type RegeltabelInhoud = z.infer<typeof RegeltabelVorm>;

function controles(tabel: RegeltabelInhoud) {
  return [
    ...controleerVangnet(tabel.routeregels),
    ...controleerUniekeNamen(tabel.routeregels),
    ...controleerAlleGrenzen(tabel.routeregels, tabel.regelingregels),
  ];
}

/**
 * The declarative routing rule table that functioneel beheer maintains. Each published version is parsed with
 * this schema; a table that passes is guaranteed to route every well-formed input (see routeer), so the
 * refinements below are what makes No Wrong Door hold by construction.
 */
export const RegeltabelSchema = RegeltabelVorm.superRefine((tabel, ctx) => {
  for (const probleem of [...controles(tabel), ...controleerBronnen(tabel.regelingregels)])
    ctx.addIssue({ code: 'custom', ...probleem });
});

/**
 * A version as stored. Version 1 predates the rule that an age limit names its source, and a stored version never
 * changes, so reading checks everything that keeps routing total but not the sources.
 */
export const OpgeslagenRegeltabelSchema = RegeltabelVorm.superRefine((tabel, ctx) => {
  for (const probleem of controles(tabel)) ctx.addIssue({ code: 'custom', ...probleem });
});

export type Regeltabel = z.infer<typeof RegeltabelSchema>;
