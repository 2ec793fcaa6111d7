import { DependencyList, useCallback, useEffect, useState } from 'react';
import { ApiProblem } from './client';

export interface Geladen<T> {
  data: T | undefined;
  fout: ApiProblem | Error | undefined;
  laden: boolean;
  opnieuw: () => void;
}

/** Loads data for a page (again when `deps` change or on `opnieuw`), keeping the last result while reloading. */
export function useLaden<T>(laad: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Geladen<T> {
  const [data, setData] = useState<T>();
  const [fout, setFout] = useState<ApiProblem | Error>();
  const [laden, setLaden] = useState(true);
  const [teller, setTeller] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the effect starts a request; showing that it loads is part of starting it
    setLaden(true);
    laad(controller.signal)
      .then((d) => {
        setData(d);
        setFout(undefined);
      })
      .catch((e: Error) => {
        if (!controller.signal.aborted) setFout(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLaden(false);
      });
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `laad` is a new function each render; the caller's deps say when to reload
  }, [...deps, teller]);
  const opnieuw = useCallback(() => setTeller((t) => t + 1), []);
  return { data, fout, laden, opnieuw };
}
