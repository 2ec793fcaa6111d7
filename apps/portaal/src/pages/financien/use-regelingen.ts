import { gegevens, subsidiesApi } from '../../api/client';
import { useLaden } from '../../api/use-laden';
import type { Regeling } from './typen';

/** The registered schemes, for the lists and the scheme choice in the forms. */
export function useRegelingen() {
  return useLaden((signal) => gegevens(subsidiesApi.GET('/regelingen', { signal })).then((r) => r.items), []);
}

export const regelingOpties = (regelingen: Regeling[] | undefined) =>
  (regelingen ?? []).map((r) => ({ waarde: r.code, tekst: `${r.code} – ${r.naam}` }));
