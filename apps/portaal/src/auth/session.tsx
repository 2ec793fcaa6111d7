import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { Sessie, sessieUitToken } from './claims';
import { Bezig } from '../components/pagina';

export interface PortaalConfig {
  login:
    | { mode: 'dev' }
    | {
        mode: 'oidc';
        authority: string;
        clientId: string;
        scope: string;
        /** The inwoners' DigiD broker (a second OIDC client); absent: the portaal signs in staff only. */
        digid?: { authority: string; clientId: string; scope: string };
      };
  claims: { roles: string; organisatie: string };
}

interface SessieContext {
  config: PortaalConfig | null;
  /** The configuration did not load at the last try; it is being asked again. */
  configOnbereikbaar: boolean;
  sessie: Sessie | null;
  aanmelden: (token: string) => void;
  afmelden: () => void;
}

const OPSLAG = 'wiz.portaal.token';
const CONFIG_TIMEOUT_MS = 10_000;
const Context = createContext<SessieContext | null>(null);

/** Holds the signed-in user's token for this browser tab only (sessionStorage), dropped when it expires. */
export function SessieProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<PortaalConfig | null>(null);
  const [sessie, setSessie] = useState<Sessie | null>(null);
  const [configOnbereikbaar, setConfigOnbereikbaar] = useState(false);

  useEffect(() => {
    let gestopt = false;
    let opnieuw: ReturnType<typeof setTimeout> | undefined;
    // A portaal that restarts, or a request lost on the way, must not leave the page loading for ever: a failed or
    // unanswered request is asked again, sooner at first, and the page says meanwhile that it is trying.
    const laad = (poging: number) =>
      fetch('/portaal/config', { signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) })
        .then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.json() as Promise<PortaalConfig>;
        })
        .then((c) => {
          if (gestopt) return;
          setConfig(c);
          const token = sessionStorage.getItem(OPSLAG);
          const bewaard = token ? sessieUitToken(token, c.claims) : null;
          if (bewaard && bewaard.verlooptOp * 1000 > Date.now()) setSessie(bewaard);
        })
        .catch(() => {
          if (gestopt) return;
          setConfigOnbereikbaar(true);
          opnieuw = setTimeout(() => void laad(poging + 1), Math.min(500 * 2 ** poging, 8_000));
        });
    void laad(0);
    return () => {
      gestopt = true;
      clearTimeout(opnieuw);
    };
  }, []);

  const aanmelden = useCallback(
    (token: string) => {
      if (!config) return;
      sessionStorage.setItem(OPSLAG, token);
      setSessie(sessieUitToken(token, config.claims));
    },
    [config],
  );
  const afmelden = useCallback(() => {
    sessionStorage.removeItem(OPSLAG);
    setSessie(null);
  }, []);

  return (
    <Context.Provider value={{ config, configOnbereikbaar, sessie, aanmelden, afmelden }}>{children}</Context.Provider>
  );
}

/** What a page shows until the configuration has loaded, and that the portaal is trying again when it failed. */
export function ConfigLaden() {
  const { configOnbereikbaar } = useSessie();
  return (
    <Bezig tekst={configOnbereikbaar ? 'Het portaal is even niet bereikbaar. Het probeert het opnieuw…' : undefined} />
  );
}

export function useSessie(): SessieContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSessie outside SessieProvider');
  return context;
}

/** The token of the current session, for the API client outside React. */
export function huidigToken(): string | null {
  return sessionStorage.getItem(OPSLAG);
}
export function vergeetToken(): void {
  sessionStorage.removeItem(OPSLAG);
}
