/** Injection token of the inwoner-session signing key (identity/sessie-sleutel.ts). */
export const SESSIE_SLEUTEL = Symbol('wiz:inwonersessie-sleutel');
/** Injection token of the exchange's settings (inwonersessie-config.ts). */
export const INWONERSESSIE_CONFIG = Symbol('wiz:inwonersessie-config');
