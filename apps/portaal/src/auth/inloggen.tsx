import { FormEvent, useEffect, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { UserManager } from 'oidc-client-ts';
import { ROL_NAMEN, ROLLEN, Rol } from './claims';
import { PortaalConfig, useSessie } from './session';
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

/** Signs in: through the OIDC provider in production, or locally by picking a role and organisation. */
export function Inloggen() {
  const { config } = useSessie();
  if (!config) return <Bezig />;
  return (
    <Pagina titel="Inloggen">
      {config.login.mode === 'oidc' ? <OidcLogin login={config.login} /> : <OntwikkelLogin />}
    </Pagina>
  );
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
