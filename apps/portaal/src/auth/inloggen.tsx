import { FormEvent, useEffect, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { UserManager } from 'oidc-client-ts';
import { ROL_NAMEN, ROLLEN, Rol } from './claims';
import { ConfigLaden, PortaalConfig, useSessie } from './session';
import { Pagina, Bezig } from '../components/pagina';
import { Keuzelijst, Tekstveld } from '../components/velden';
import { Probleem } from '../components/probleem';
import { ORGANISATIES } from './organisaties';

/** Where each role starts after signing in. */
export const STARTPAGINA: Record<Rol, string> = {
  frontoffice: '/intake',
  consulent: '/werklijst',
  teamleider: '/caseload/team',
  werkgeversteam: '/werkgevers',
  financien: '/financien/declaraties',
  monitor: '/dashboard',
  beheer: '/dashboard',
  privacy: '/privacy/inzage',
  // Mijn Werk in Zicht: the person's own pages.
  inwoner: '/mijn',
};

export function oidcClient(login: Extract<PortaalConfig['login'], { mode: 'oidc' }>): UserManager {
  return new UserManager({
    authority: login.authority,
    client_id: login.clientId,
    scope: login.scope,
    redirect_uri: `${window.location.origin}/inloggen/terug`,
    response_type: 'code',
    // The portaal keeps only the access token and signs in again when it expires; renewing in a hidden frame would
    // need a frame-src the CSP does not allow.
    automaticSilentRenew: false,
  });
}

/** The inwoners' DigiD broker as an OIDC client of its own; it comes back to /inloggen/digid. */
export function digidClient(digid: { authority: string; clientId: string; scope: string }): UserManager {
  return new UserManager({
    authority: digid.authority,
    client_id: digid.clientId,
    scope: digid.scope,
    redirect_uri: `${window.location.origin}/inloggen/digid`,
    response_type: 'code',
    automaticSilentRenew: false,
  });
}

/**
 * Exchanges the DigiD broker's ID token at intake for the inwoner's own token (role inwoner). Intake's 404 says in
 * plain Dutch that the person is not known yet; that text is shown as it is.
 */
export async function wisselDigidIn(idToken: string): Promise<string> {
  const antwoord = await fetch('/api/intake/inwonersessies', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ idToken }),
  });
  if (antwoord.status === 404) throw new Error(((await antwoord.json()) as { detail: string }).detail);
  if (!antwoord.ok) throw new Error('Inloggen met DigiD is niet gelukt. Probeer het opnieuw.');
  return ((await antwoord.json()) as { token: string }).token;
}

/**
 * Signs in: staff through the OIDC provider in production, or locally by picking a role and organisation; an
 * inwoner with DigiD (production: the broker; locally: a test person).
 */
export function Inloggen() {
  const { config } = useSessie();
  if (!config) return <ConfigLaden />;
  const digid = config.login.mode === 'dev' ? 'dev' : config.login.digid;
  return (
    <Pagina titel="Inloggen">
      {config.login.mode === 'oidc' ? <OidcLogin login={config.login} /> : <OntwikkelLogin />}
      {digid === 'dev' && <OntwikkelDigidLogin />}
      {digid && digid !== 'dev' && <DigidLogin digid={digid} />}
    </Pagina>
  );
}

function DigidLogin({ digid }: { digid: { authority: string; clientId: string; scope: string } }) {
  return (
    <section aria-labelledby="inwoner-kop" className="formulier smal">
      <h2 id="inwoner-kop">Inloggen als inwoner (DigiD)</h2>
      <p>Bekijk uw eigen traject, resultaten en gegevens in Mijn Werk in Zicht.</p>
      <p>
        <button type="button" className="knop" onClick={() => void digidClient(digid).signinRedirect()}>
          Inloggen met DigiD
        </button>
      </p>
    </section>
  );
}

/** Locally: the development broker signs a DigiD ID token for a test person (or any valid BSN). */
function OntwikkelDigidLogin() {
  const { aanmelden } = useSessie();
  const navigate = useNavigate();
  const [personen, setPersonen] = useState<{ naam: string; bsn: string }[]>([]);
  const [bsn, setBsn] = useState('');
  const [fout, setFout] = useState<Error>();
  useEffect(() => {
    void fetch('/portaal/dev-inwoners')
      .then((r) => (r.ok ? (r.json() as Promise<{ items: { naam: string; bsn: string }[] }>) : { items: [] }))
      .then(({ items }) => {
        setPersonen(items);
        setBsn((huidig) => huidig || (items[0]?.bsn ?? ''));
      });
  }, []);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(undefined);
    const broker = await fetch('/portaal/dev-digid', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bsn }),
    });
    if (!broker.ok) return setFout(new Error('Dit is geen geldig BSN (9 cijfers, elfproef).'));
    aanmelden(await wisselDigidIn(((await broker.json()) as { idToken: string }).idToken));
    void navigate(STARTPAGINA.inwoner);
  };
  return (
    <form
      onSubmit={(e) => void verstuur(e).catch(setFout)}
      className="formulier smal"
      aria-labelledby="inwoner-kop"
      aria-describedby="digid-uitleg"
    >
      <h2 id="inwoner-kop">Inloggen als inwoner (DigiD)</h2>
      <p id="digid-uitleg" className="melding melding-info">
        Ontwikkelomgeving: kies een testpersoon. De lokale DigiD-nabootsing geeft een inlogbewijs met het BSN; intake
        wisselt dat in. De persoon moet eerst bij de frontoffice met dit BSN zijn aangemeld.
      </p>
      <Keuzelijst
        label="Testpersoon"
        value={personen.some((p) => p.bsn === bsn) ? bsn : ''}
        onChange={(e) => setBsn(e.target.value)}
        opties={[
          ...personen.map((p) => ({ waarde: p.bsn, tekst: `${p.naam} (BSN ${p.bsn})` })),
          { waarde: '', tekst: 'Ander BSN' },
        ]}
      />
      <Tekstveld
        label="BSN"
        hint="Of vul zelf een BSN in."
        value={bsn}
        inputMode="numeric"
        onChange={(e) => setBsn(e.target.value.trim())}
      />
      <Probleem fout={fout} />
      <button type="submit" className="knop">
        Inloggen met DigiD
      </button>
    </form>
  );
}

/** The DigiD broker sends the browser back here with a code; its ID token is exchanged at intake. */
export function InloggenDigidTerug() {
  const { config, aanmelden, sessie } = useSessie();
  const [fout, setFout] = useState<Error>();
  const digid = config?.login.mode === 'oidc' ? config.login.digid : undefined;
  useEffect(() => {
    if (!digid || sessie) return;
    digidClient(digid)
      .signinRedirectCallback()
      .then((user) => {
        if (!user.id_token) throw new Error('DigiD gaf geen inlogbewijs.');
        return wisselDigidIn(user.id_token);
      })
      .then(aanmelden)
      .catch((e: Error) => setFout(e));
  }, [digid, sessie, aanmelden]);
  if (sessie) return <Navigate to={STARTPAGINA.inwoner} replace />;
  if (config && !digid) return <Navigate to="/inloggen" replace />;
  return <TerugVanInloggen fout={fout} />;
}

function OidcLogin({ login }: { login: Extract<PortaalConfig['login'], { mode: 'oidc' }> }) {
  return (
    <p>
      <button type="button" className="knop" onClick={() => void oidcClient(login).signinRedirect()}>
        Inloggen met uw organisatieaccount
      </button>
    </p>
  );
}

function OntwikkelLogin() {
  const { aanmelden } = useSessie();
  const navigate = useNavigate();
  const [rol, setRol] = useState<Rol>('frontoffice');
  const [organisatie, setOrganisatie] = useState('GM0014');
  const [naam, setNaam] = useState('');
  const [team, setTeam] = useState('');
  const [fout, setFout] = useState<Error>();
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const response = await fetch('/portaal/dev-token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rol, organisatie, ...(naam ? { naam } : {}), ...(team ? { team } : {}) }),
    });
    if (!response.ok) return setFout(new Error('Inloggen lukte niet. Is de ontwikkelomgeving gestart?'));
    aanmelden(((await response.json()) as { token: string }).token);
    void navigate(STARTPAGINA[rol]);
  };
  return (
    <form
      onSubmit={(e) => void verstuur(e).catch(setFout)}
      className="formulier smal"
      aria-describedby="ontwikkel-uitleg"
    >
      <p id="ontwikkel-uitleg" className="melding melding-info">
        Ontwikkelomgeving: kies een rol en organisatie. U krijgt een token van de lokale ontwikkeluitgever. In productie
        logt u in via de OIDC-provider van uw organisatie.
      </p>
      <Keuzelijst
        label="Rol"
        value={rol}
        onChange={(e) => setRol(e.target.value as Rol)}
        opties={ROLLEN.filter((r) => r !== 'inwoner').map((r) => ({ waarde: r, tekst: ROL_NAMEN[r] }))}
      />
      <Keuzelijst
        label="Organisatie"
        value={organisatie}
        onChange={(e) => setOrganisatie(e.target.value)}
        opties={ORGANISATIES}
      />
      <Tekstveld
        label="Gebruikersnaam"
        hint="Optioneel; komt in de audittrail."
        value={naam}
        onChange={(e) => setNaam(e.target.value)}
        autoComplete="username"
      />
      <Tekstveld
        label="Team"
        hint="Optioneel; voor consulent en teamleider: de werklijst Team en de inwoners van de trajecten van uw team."
        value={team}
        onChange={(e) => setTeam(e.target.value)}
      />
      <Probleem fout={fout} />
      <button type="submit" className="knop">
        Inloggen
      </button>
    </form>
  );
}

/**
 * The OIDC provider sends the browser back here with a code; the token it yields starts the session, and the page
 * then replaces itself with the start page, so Back never returns to a used code (which would wait forever).
 */
export function InloggenTerug() {
  const { config, aanmelden, sessie } = useSessie();
  const [fout, setFout] = useState<Error>();
  useEffect(() => {
    if (config?.login.mode !== 'oidc' || sessie) return;
    oidcClient(config.login)
      .signinRedirectCallback()
      .then((user) => aanmelden(user.access_token))
      .catch((e: Error) =>
        setFout(new Error('Inloggen bij uw organisatie is niet gelukt. Probeer het opnieuw.', { cause: e })),
      );
  }, [config, sessie, aanmelden]);
  if (sessie || config?.login.mode === 'dev') return <Navigate to="/" replace />;
  return <TerugVanInloggen fout={fout} />;
}

/** Back from a provider: busy until the session starts, or what went wrong and the way back to the login page. */
function TerugVanInloggen({ fout }: { fout?: Error }) {
  return (
    <Pagina titel="Inloggen">
      {fout ? (
        <>
          <Probleem fout={fout} />
          <p>
            <Link to="/inloggen">Opnieuw inloggen</Link>
          </p>
        </>
      ) : (
        <Bezig tekst="Bezig met inloggen…" />
      )}
    </Pagina>
  );
}
