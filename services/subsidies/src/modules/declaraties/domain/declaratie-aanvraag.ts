import { z } from 'zod';
import { IsoDateSchema, OpenRegelingCodeSchema } from '@wiz/contracts';
import type { Regeling } from './regeling';
import { OnbekendeRegeling, PeriodeBuitenRegeling } from './declaratie-fouten';

/** Body of POST /api/v1/declaraties. The regeling code is open: finance registers schemes beyond JTF and NPG. */
export const DeclaratieAanvraagSchema = z
  .strictObject({
    regelingCode: OpenRegelingCodeSchema,
    periodeVan: IsoDateSchema,
    periodeTot: IsoDateSchema,
  })
  // Runs only once both dates are valid; YYYY-MM-DD text compares chronologically.
  .refine((a) => a.periodeTot >= a.periodeVan, { path: ['periodeTot'], error: 'must be on or after periodeVan' });

export type DeclaratieAanvraag = z.infer<typeof DeclaratieAanvraagSchema>;

/**
 * True when the claim period shares at least one day with the regeling's period. A claim with no overlap could
 * only exclude every line as buiten-periode, so the caller refuses it (400 naming periodeVan) instead.
 */
export function overlaptMetRegeling(
  aanvraag: Pick<DeclaratieAanvraag, 'periodeVan' | 'periodeTot'>,
  regeling: Pick<Regeling, 'startdatum' | 'einddatum'>,
): boolean {
  return aanvraag.periodeVan <= regeling.einddatum && aanvraag.periodeTot >= regeling.startdatum;
}

/** A claim may be compiled only for a known regeling whose period it overlaps; the regeling it is for. */
export function toetsAanRegeling<R extends Pick<Regeling, 'startdatum' | 'einddatum'>>(
  aanvraag: DeclaratieAanvraag,
  regeling: R | undefined,
): R {
  if (!regeling) throw new OnbekendeRegeling(aanvraag.regelingCode);
  if (!overlaptMetRegeling(aanvraag, regeling)) throw new PeriodeBuitenRegeling(regeling);
  return regeling;
}
