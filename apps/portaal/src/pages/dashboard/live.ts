import { useEffect, useRef, useState } from 'react';
import { createParser } from 'eventsource-parser';
import { huidigToken } from '../../auth/session';

export type Verbinding = 'verbinden' | 'live' | 'opnieuw';

const OPNIEUW_NA_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * Listens to the monitor's server-sent events (through the portaal's proxy, with the bearer token, which the
 * browser's EventSource cannot send) and calls `bijgewerkt` on each `monitor-bijgewerkt`. Reconnects with backoff
 * and asks for a refresh after a reconnect, since changes may have been missed in between.
 */
export function useLiveMonitor(bijgewerkt: () => void): Verbinding {
  const [verbinding, setVerbinding] = useState<Verbinding>('verbinden');
  const terugroep = useRef(bijgewerkt);
  terugroep.current = bijgewerkt;

  useEffect(() => {
    const stop = new AbortController();
    let pogingen = 0;
    const verbind = async (): Promise<void> => {
      while (!stop.signal.aborted) {
        try {
          const response = await fetch('/api/trajecten/monitor/gebeurtenissen', {
            headers: { Accept: 'text/event-stream', Authorization: `Bearer ${huidigToken() ?? ''}` },
            signal: stop.signal,
          });
          if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
          const parser = createParser({
            onEvent: (event) => {
              if (event.event === 'verbonden') {
                if (pogingen > 0) terugroep.current();
                pogingen = 0;
                setVerbinding('live');
              } else if (event.event === 'monitor-bijgewerkt') terugroep.current();
            },
          });
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            parser.feed(value);
          }
        } catch {
          if (stop.signal.aborted) return;
        }
        setVerbinding('opnieuw');
        await new Promise((r) => setTimeout(r, OPNIEUW_NA_MS[Math.min(pogingen++, OPNIEUW_NA_MS.length - 1)]));
      }
    };
    void verbind();
    return () => stop.abort();
  }, []);

  return verbinding;
}
