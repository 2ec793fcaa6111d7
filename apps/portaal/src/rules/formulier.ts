/** A form's field errors: the Dutch message per field that is wrong. */
export type Fouten<V extends string> = Partial<Record<V, string>>;

export interface Formulierregels<T, V extends string> {
  /** One check per field, in the order the fields appear on screen (the error summary follows that order). */
  controles: Record<V, (invoer: T, vandaag: string) => string | undefined>;
  /** Where the request body keeps a field ('inwoner.bsn'), as a service's 400 problem names it. */
  padVan(veld: V): string;
}

/** `vandaag` is YYYY-MM-DD, passed in so the rules stay pure (a birth date may not lie after it). */
export function controleerAlles<T, V extends string>(
  regels: Formulierregels<T, V>,
  invoer: T,
  vandaag: string,
): Fouten<V> {
  const fouten: Fouten<V> = {};
  for (const veld of Object.keys(regels.controles) as V[]) {
    const fout = regels.controles[veld](invoer, vandaag);
    if (fout) fouten[veld] = fout;
  }
  return fouten;
}

export const SERVERFOUT = 'De dienst keurt dit gegeven af. Controleer het en probeer het opnieuw.';

export interface Veldfout {
  field: string;
  message: string;
}

/**
 * A service's 400 names fields by their path in the request. Each becomes a Dutch message on the matching form
 * field: our own check's message when it has one, otherwise a general one. Paths that match no field come back
 * in `overig`, so the page can still show them.
 */
export function foutenVanServer<T, V extends string>(
  regels: Formulierregels<T, V>,
  errors: readonly Veldfout[],
  invoer: T,
  vandaag: string,
): { fouten: Fouten<V>; overig: Veldfout[] } {
  const fouten: Fouten<V> = {};
  const overig: Veldfout[] = [];
  for (const fout of errors) {
    const veld = (Object.keys(regels.controles) as V[]).find((v) => regels.padVan(v) === fout.field);
    if (veld) fouten[veld] = regels.controles[veld](invoer, vandaag) ?? SERVERFOUT;
    else overig.push(fout);
  }
  return { fouten, overig };
}
