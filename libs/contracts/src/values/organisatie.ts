import { z } from 'zod';
import { GemeentecodeSchema } from './gemeentecode';

/**
 * Organisations that serve an inwoner or own a record:
 * - a gemeente, by its CBS gemeentecode (GM0014);
 * - 'UWV' (written as the agency writes itself; also the organisation claim in tokens);
 * - regional services: 'talentperron', 'leerwerkloket' and 'wiz' (the regional programme itself).
 */
export const REGIONALE_ORGANISATIES = ['UWV', 'talentperron', 'leerwerkloket', 'wiz'] as const;

export const OrganisatieSchema = z
  .union([GemeentecodeSchema, z.enum(REGIONALE_ORGANISATIES)])
  .describe('A gemeentecode (GM0014) or one of UWV, talentperron, leerwerkloket, wiz');

export type Organisatie = z.infer<typeof OrganisatieSchema>;
