import { gegevens, intakeApi } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { inHetNederlands } from './api';

/** The person of a traject as intake shows a consulent: name, contact data, and per aanmelding hulpvraag and situatie. */
export type Persoon = components['schemas']['Inwoner'];

/** Intake answers 404 for a person outside the caller's caseload and team; the consulent reads why. */
export const NIET_IN_CASELOAD =
  'Deze inwoner is niet (meer) in uw caseload: het traject is aan een andere consulent, een ander team of een andere organisatie toegewezen.';

/**
 * Reads the person for guidance (doel begeleiding): intake audits every read with that purpose, so a page reads a
 * person only where it shows them.
 */
export const laadPersoon = (inwonerId: string, signal: AbortSignal) =>
  gegevens(
    intakeApi.GET('/inwoners/{inwonerId}', {
      params: { path: { inwonerId }, query: { doel: 'begeleiding' } },
      signal,
    }),
  ).catch((e: Error) => {
    throw inHetNederlands(e, { 404: NIET_IN_CASELOAD });
  });

export const volledigeNaam = (p: Pick<Persoon, 'voornaam' | 'achternaam'>) => `${p.voornaam} ${p.achternaam}`;
