import { isValidBsn } from '@wiz/contracts';

/**
 * The BSN in a DigiD broker's ID token. Brokers differ: a plain `bsn`, a nested one, or one claim whose name holds
 * colons and dots (`urn:nl-eid-gdi:1.0:id:BSN`), so the configured name is first tried as one claim, then as a
 * dotted path. Undefined unless it is a BSN that passes the elfproef.
 */
export function bsnUitClaims(claims: Record<string, unknown>, pad: string): string | undefined {
  const waarde = Object.hasOwn(claims, pad)
    ? claims[pad]
    : pad
        .split('.')
        .reduce<unknown>(
          (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
          claims,
        );
  const bsn = typeof waarde === 'number' ? String(waarde).padStart(9, '0') : waarde;
  return typeof bsn === 'string' && isValidBsn(bsn) ? bsn : undefined;
}

/** The name an inwoner is greeted with: "Voornaam Achternaam" (achternaam may be unknown). */
export function weergavenaam(voornaam: string, achternaam: string | null): string {
  return [voornaam, achternaam].filter(Boolean).join(' ');
}
