// npm start's test persons: the development DigiD login offers them (TESTINWONERS in apps/portaal/server/dev-login.ts,
// the one list), but a person can log in only once intake knows their BSN. So once intake is up, npm start registers
// each one it does not know yet at the desk, as front office would, and they get a route and a traject.

/**
 * Only in development: never in production, and not with a real OIDC provider (AUTH_JWKS_URL), where there is no
 * development issuer to sign the desk's token (nor should test persons be made).
 */
export const testinwonersWanted = (env) => env.NODE_ENV !== 'production' && !env.AUTH_JWKS_URL;

/** The list as the built portaal has it (npm start builds first), so names and addresses stay in one place. */
export async function loadTestinwoners() {
  const devLogin = await import(new URL('../../apps/portaal/dist/server/dev-login.js', import.meta.url).href);
  return devLogin.TESTINWONERS ?? devLogin.default.TESTINWONERS;
}

/** A WW recipient ready for work, at the desk: routed to UWV, step Matchen, where trajecten starts a traject. */
const aanmelding = ({ bsn, voornaam, achternaam, geboortedatum, postcode, huisnummer, gemeentecode }) => ({
  kanaal: 'balie',
  inwoner: { bsn, voornaam, achternaam, geboortedatum, postcode, huisnummer, gemeentecode },
  situatie: {
    uitkering: 'ww',
    werkend: false,
    zzp: false,
    arbeidsbeperking: false,
    statushouder: false,
    startkwalificatie: true,
    participatieladder: 4,
  },
  hulpvraag: 'Testpersoon van de ontwikkelomgeving: ik zoek werk.',
});

/**
 * Registers each person intake does not know yet (looked up by BSN with POST /inwoners/_zoek, which keeps the BSN out
 * of URLs and logs), with a front office token. Idempotent: a known BSN (also one a tester registered by hand) is
 * skipped, so a second start adds no aanmelding and the person keeps their inwonerId.
 * Returns per person { naam, inwonerId, nieuw }. Throws on any other answer than 200 / 201.
 */
export async function seedTestinwoners({ intakeUrl, token, personen, log = () => {} }) {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const call = async (path, body) => {
    const res = await fetch(`${intakeUrl}/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const answer = await res.json().catch(() => undefined);
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${answer?.detail ?? answer?.title ?? ''}`.trim());
    return answer;
  };
  const result = [];
  for (const persoon of personen) {
    const { items } = await call('/inwoners/_zoek', { bsn: persoon.bsn });
    if (items.length) {
      result.push({ naam: persoon.naam, inwonerId: items[0].id, nieuw: false });
      continue;
    }
    const registratie = await call('/aanmeldingen', aanmelding(persoon));
    log(`registered test person ${persoon.naam} (inwoner ${registratie.inwonerId})`);
    result.push({ naam: persoon.naam, inwonerId: registratie.inwonerId, nieuw: true });
  }
  return result;
}
