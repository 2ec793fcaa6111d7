import { z } from 'zod';
import { GemeentecodeSchema } from './gemeentecode';
import { STAPPEN, type Stap } from './enums';

/**
 * Organisations that serve an inwoner or own a record:
 * - a gemeente, by its CBS gemeentecode (GM0014);
 * - 'UWV' (written as the agency writes itself; also the organisation claim in tokens);
 * - regional services: 'talentperron', 'leerwerkloket', 'werkgeversservicepunt' and 'wiz' (the regional programme
 *   itself).
 */
export const REGIONALE_ORGANISATIES = ['UWV', 'talentperron', 'leerwerkloket', 'werkgeversservicepunt', 'wiz'] as const;

export const OrganisatieSchema = z
  .union([GemeentecodeSchema, z.enum(REGIONALE_ORGANISATIES)])
  .describe('A gemeentecode (GM0014) or one of UWV, talentperron, leerwerkloket, werkgeversservicepunt, wiz');

export type Organisatie = z.infer<typeof OrganisatieSchema>;

/**
 * The steps each regional service runs (domain.md, "Caseload and handover": schooling by the leerwerkloket, matching
 * by the werkgeversservicepunt; the Talentperron is where people orient themselves). A gemeente, UWV and the
 * regional programme hold the regie over the whole traject, so they run every step.
 */
const STAPPEN_VAN_DIENST: Partial<Record<(typeof REGIONALE_ORGANISATIES)[number], readonly Stap[]>> = {
  talentperron: ['orienteren'],
  leerwerkloket: ['ontwikkelen', 'scholen'],
  werkgeversservicepunt: ['matchen'],
};

/** The steps `organisatie` runs: another organisation receives a traject only in one of these (a handover). */
export function stappenVan(organisatie: string): readonly Stap[] {
  return STAPPEN_VAN_DIENST[organisatie as keyof typeof STAPPEN_VAN_DIENST] ?? STAPPEN;
}
