import { gegevens, werkgeversApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import type { Keuze } from './typen';

/** The service's controlled lists (skills, SROI target groups) with their Dutch labels. */
export const useKeuzelijsten = () => useLaden((signal) => gegevens(werkgeversApi.GET('/keuzelijsten', { signal })), []);

/** The Dutch label of a value, or the value itself while the lists load. */
export const tekstVan = (keuzes: readonly Keuze[] | undefined, waarde: string) =>
  keuzes?.find((k) => k.waarde === waarde)?.tekst ?? waarde;
