import { Client } from 'pg';
import { SERVICE_NAMES, type Role, type ServiceName } from '@wiz/platform';
import { ServiceProcess, startServices, TestRun } from '@wiz/platform/testing';

/** Who calls: a role in an organisation, optionally as a named user of a team (the journal and plan need that). */
export interface Als {
  role: Role;
  organisatie: string;
  subject?: string;
  team?: string;
}

export interface Antwoord {
  status: number;
  headers: Headers;
  body: any; // each test reads the fields it asserts on
}

/**
 * The four services of one run as the end-to-end specs use them: HTTP calls with a token of the run's issuer,
 * a poll that waits for something asynchronous, and SQL as the superuser on a service's test database.
 */
export class Keten {
  readonly run = new TestRun();
  services: ServiceProcess[] = [];

  /** All four services as separate processes for the spec that calls this (started before, stopped after all). */
  static vanDeVierServices(): Keten {
    const keten = new Keten();
    beforeAll(async () => {
      keten.services = await startServices(keten.run, SERVICE_NAMES);
    }, 120_000);
    afterAll(async () => {
      await Promise.all(keten.services.map((s) => s.stop()));
      await keten.run.cleanup();
    });
    return keten;
  }

  url(name: ServiceName): string {
    return this.services.find((s) => s.name === name)!.url;
  }

  async call(
    service: ServiceName,
    als: Als,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Antwoord> {
    const token = await this.run.token(als);
    const res = await fetch(`${this.url(service)}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a redirect or an export): the text itself
    }
    return { status: res.status, headers: res.headers, body: parsed };
  }

  /** Calls and insists on the status; the failure names the call and shows the body (a problem+json says why). */
  async expect(status: number, ...args: Parameters<Keten['call']>): Promise<Antwoord> {
    const res = await this.call(...args);
    if (res.status !== status)
      throw new Error(
        `${args[2]} ${args[0]}${args[3]}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`,
      );
    return res;
  }

  /** Polls until `check` gives something other than undefined; the timeout names what never came. */
  async until<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await check();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** SQL as the superuser on one service's database of this run (past the runtime role's grants). */
  async sql<R extends Record<string, unknown>>(
    service: ServiceName,
    text: string,
    params: unknown[] = [],
  ): Promise<R[]> {
    const client = new Client({ connectionString: this.run.databaseUrl(service) });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as R[];
    } finally {
      await client.end();
    }
  }
}
