import { z } from 'zod';

/**
 * What the inwoner asks help with, as the front office hears it. 'onbekend' exists on purpose: a person who
 * cannot (yet) say what they need still gets a route (No Wrong Door).
 */
export const HULPVRAAG_SOORTEN = ['werk', 'scholing', 'ondernemen', 'meedoen', 'inkomen', 'onbekend'] as const;
export const HulpvraagSoortSchema = z.enum(HULPVRAAG_SOORTEN).describe('Kind of question the inwoner asks help with');
export type HulpvraagSoort = z.infer<typeof HulpvraagSoortSchema>;
