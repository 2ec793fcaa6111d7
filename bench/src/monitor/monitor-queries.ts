import { Client } from 'pg';
import { STAPPEN } from '@wiz/contracts';
import { GEMEENTEN } from './gemeenten';

export interface MonitorVraag {
  soort: 'geheel' | 'jaar' | 'kwartaal' | 'maand' | 'periode';
  van?: string;
  tot?: string;
  gemeentecode?: string;
}

export interface MonitorAntwoord {
  doel: number;
  inwonersEenStapVooruit: number;
  gestarteTrajecten: number;
  perStap: Record<string, number>;
  kansrijkOpleiden: number;
  plaatsingen: number;
  duurzamePlaatsingen: number;
  perMaand: { maand: string; inwonersEenStapVooruit: number; gestarteTrajecten: number }[];
}

/** Small deterministic PRNG (mulberry32), so every run asks the same questions. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAG = 86_400_000;

/**
 * The questions a monitor dashboard asks: the whole programme, a year, a quarter, a month, or any period (with edge
 * days, so both the monthly and the daily counters are summed); half of them for one gemeente.
 */
export function vragenMix(aantal: number, van: Date, tot: Date, seed = 20_000): MonitorVraag[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const eersteJaar = van.getUTCFullYear();
  const jaren = Array.from({ length: tot.getUTCFullYear() - eersteJaar + 1 }, (_, i) => eersteJaar + i);
  const vragen: MonitorVraag[] = [];
  for (let i = 0; i < aantal; i++) {
    const x = r();
    let v: MonitorVraag;
    if (x < 0.1) v = { soort: 'geheel' };
    else if (x < 0.3) {
      const j = pick(jaren);
      v = { soort: 'jaar', van: `${j}-01-01`, tot: `${j}-12-31` };
    } else if (x < 0.45) {
      const j = pick(jaren);
      const q = Math.floor(r() * 4);
      v = {
        soort: 'kwartaal',
        van: iso(new Date(Date.UTC(j, q * 3, 1))),
        tot: iso(new Date(Date.UTC(j, q * 3 + 3, 0))),
      };
    } else if (x < 0.7) {
      const d = new Date(van.getTime() + r() * (tot.getTime() - van.getTime()));
      v = {
        soort: 'maand',
        van: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))),
        tot: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))),
      };
    } else {
      const a = van.getTime() + r() * (tot.getTime() - van.getTime());
      const b = Math.min(tot.getTime(), a + r() * 730 * DAG);
      v = { soort: 'periode', van: iso(new Date(a)), tot: iso(new Date(b)) };
    }
    if (r() < 0.5) v.gemeentecode = pick(GEMEENTEN).code;
    vragen.push(v);
  }
  return vragen;
}

export function queryString(v: MonitorVraag): string {
  const p = new URLSearchParams();
  if (v.van) p.set('van', v.van);
  if (v.tot) p.set('tot', v.tot);
  if (v.gemeentecode) p.set('gemeentecode', v.gemeentecode);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export async function vraagMonitor(url: string, token: string, v: MonitorVraag): Promise<MonitorAntwoord> {
  const res = await fetch(`${url}/api/v1/monitor${queryString(v)}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.text();
  if (res.status !== 200)
    throw new Error(`GET /api/v1/monitor${queryString(v)} answered ${res.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as MonitorAntwoord;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Latenties {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSoort: Record<string, { n: number; p50: number; p95: number }>;
  perSecond: number;
}

/** One client, one request at a time (keep-alive), every answer read in full; latency per request from the client. */
export async function meetSequentieel(url: string, token: string, vragen: readonly MonitorVraag[]): Promise<Latenties> {
  const tijden: { soort: string; ms: number }[] = [];
  const start = performance.now();
  for (const v of vragen) {
    const t = performance.now();
    await vraagMonitor(url, token, v);
    tijden.push({ soort: v.soort + (v.gemeentecode ? '+gemeente' : ''), ms: performance.now() - t });
  }
  const seconds = (performance.now() - start) / 1000;
  const alle = tijden.map((t) => t.ms).sort((a, b) => a - b);
  const perSoort: Latenties['perSoort'] = {};
  for (const soort of [...new Set(tijden.map((t) => t.soort))].sort()) {
    const xs = tijden
      .filter((t) => t.soort === soort)
      .map((t) => t.ms)
      .sort((a, b) => a - b);
    perSoort[soort] = { n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95) };
  }
  return {
    n: alle.length,
    p50: percentile(alle, 50),
    p95: percentile(alle, 95),
    p99: percentile(alle, 99),
    max: alle[alle.length - 1],
    perSoort,
    perSecond: alle.length / seconds,
  };
}

/**
 * What the monitor must answer for `v`, counted straight from the history (trajecten + stap_overgangen), not from
 * the read model: per inwoner the first move to a later step, on its UTC day, in the gemeente of that traject.
 */
export class HistorischeTelling {
  private constructor(private readonly db: Client) {}

  static async open(databaseUrl: string): Promise<HistorischeTelling> {
    const db = new Client({ connectionString: databaseUrl, application_name: 'wiz-bench-check' });
    await db.connect();
    await db.query(`SET work_mem = '256MB'`);
    await db.query(
      `CREATE TEMP TABLE eerste_stap_vooruit AS
       SELECT DISTINCT ON (t.inwoner_id) t.inwoner_id, t.gemeentecode, s.van AS stap, (s.op AT TIME ZONE 'UTC')::date AS dag
         FROM stap_overgangen s JOIN trajecten t ON t.id = s.traject_id
        WHERE array_position($1::text[], s.naar) > array_position($1::text[], s.van)
        ORDER BY t.inwoner_id, s.op, s.id`,
      [[...STAPPEN]],
    );
    return new HistorischeTelling(db);
  }

  async verwacht(
    v: MonitorVraag,
  ): Promise<Pick<MonitorAntwoord, 'inwonersEenStapVooruit' | 'gestarteTrajecten' | 'perStap'>> {
    const params = [v.van ?? '0001-01-01', v.tot ?? '9999-12-31', v.gemeentecode ?? null];
    const { rows: vooruit } = await this.db.query(
      `SELECT stap, count(*)::int AS n FROM eerste_stap_vooruit WHERE dag BETWEEN $1 AND $2 AND ($3::text IS NULL OR gemeentecode = $3) GROUP BY stap`,
      params,
    );
    const {
      rows: [{ n: gestart }],
    } = await this.db.query(
      `SELECT count(*)::int AS n FROM trajecten WHERE (gestart_op AT TIME ZONE 'UTC')::date BETWEEN $1 AND $2 AND ($3::text IS NULL OR gemeentecode = $3)`,
      params,
    );
    const perStap = Object.fromEntries(STAPPEN.map((s) => [s, vooruit.find((r) => r.stap === s)?.n ?? 0]));
    return {
      inwonersEenStapVooruit: Object.values(perStap).reduce((a, b) => a + b, 0),
      gestarteTrajecten: gestart,
      perStap,
    };
  }

  close(): Promise<void> {
    return this.db.end();
  }
}
