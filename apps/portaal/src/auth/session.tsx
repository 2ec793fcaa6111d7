import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { Sessie, sessieUitToken } from './claims';

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
  sessie: Sessie | null;
  aanmelden: (token: string) => void;
  afmelden: () => void;
}

const OPSLAG = 'wiz.portaal.token';
const Context = createContext<SessieContext | null>(null);

/** Holds the signed-in user's token for this browser tab only (sessionStorage), dropped when it expires. */
export function SessieProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<PortaalConfig | null>(null);
  const [sessie, setSessie] = useState<Sessie | null>(null);

  useEffect(() => {
    void fetch('/portaal/config')
      .then((r) => r.json() as Promise<PortaalConfig>)
      .then((c) => {
        setConfig(c);
        const token = sessionStorage.getItem(OPSLAG);
        const bewaard = token ? sessieUitToken(token, c.claims) : null;
        if (bewaard && bewaard.verlooptOp * 1000 > Date.now()) setSessie(bewaard);
      });
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

  return <Context.Provider value={{ config, sessie, aanmelden, afmelden }}>{children}</Context.Provider>;
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
