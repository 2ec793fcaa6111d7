import { z } from 'zod';

/**
 * The person's situation at the start of the placement; it picks the bouwblok (value per person-year) that the
 * placement counts for. Mapping to the region's bouwblokken (domain.md, "Employers"):
 * - 'participatiewet-kort': Participatiewet benefit for less than two years
 * - 'participatiewet-lang': Participatiewet benefit for more than two years
 * - 'doelgroepregister':    registered in UWV's doelgroepregister (banenafspraak)
 * - 'ww':                   WW benefit
 * - 'geen-uitkering':       no benefit
 */
export const SroiDoelgroepSchema = z.enum([
  'participatiewet-kort',
  'participatiewet-lang',
  'doelgroepregister',
  'ww',
  'geen-uitkering',
]);

/** Same schema under the domain name, so both `SroiDoelgroep.parse(x)` and the type `SroiDoelgroep` read naturally. */
export const SroiDoelgroep = SroiDoelgroepSchema;
export type SroiDoelgroep = z.infer<typeof SroiDoelgroepSchema>;

/** Dutch labels for screens (the keuzelijsten endpoint hands them to the portaal). */
export const SROI_DOELGROEP_LABELS: Readonly<Record<SroiDoelgroep, string>> = Object.freeze({
  'participatiewet-kort': 'Participatiewet, korter dan twee jaar',
  'participatiewet-lang': 'Participatiewet, twee jaar of langer',
  doelgroepregister: 'Doelgroepregister (banenafspraak)',
  ww: 'WW-uitkering',
  'geen-uitkering': 'Geen uitkering',
});
