import { z } from 'zod';
import { StapSchema } from '@wiz/contracts';
import { VoorwaardenSchema } from './voorwaarden';

/**
 * Who delivers a route. 'gemeente' stands for the inwoner's own gemeente and is resolved to their gemeentecode
 * by the engine, so one rule serves every gemeente in the region (and outside it: No Wrong Door).
 */
export const ROUTE_ORGANISATIES = ['gemeente', 'UWV', 'talentperron', 'leerwerkloket'] as const;
export const RouteOrganisatieSchema = z.enum(ROUTE_ORGANISATIES);
export type RouteOrganisatie = z.infer<typeof RouteOrganisatieSchema>;

// Rule names end up in every routing outcome and in audit trails, so they must be stable, readable ids.
export const REGELNAAM_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nietLegeTekst = (wat: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${wat} must not be empty` });

export const RouteSchema = z
  .object({
    stap: StapSchema,
    organisatie: RouteOrganisatieSchema,
    dienst: nietLegeTekst('dienst'),
    toelichting: nietLegeTekst('toelichting').describe('Dutch, written for the inwoner'),
  })
  .strict();

export type Route = z.infer<typeof RouteSchema>;

export const RouteRegelSchema = z
  .object({
    naam: z.string().regex(REGELNAAM_PATTERN, { error: 'naam must be kebab-case, for example ww-bemiddeling' }),
    voorwaarden: VoorwaardenSchema,
    route: RouteSchema,
  })
  .strict();

export type RouteRegel = z.infer<typeof RouteRegelSchema>;
