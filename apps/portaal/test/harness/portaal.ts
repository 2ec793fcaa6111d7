import * as path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ServiceProcess, startServices, TestRun, workspaceRoot } from '@wiz/platform/testing';
import { SERVICE_NAMES } from '@wiz/platform';
import { buildPortaalServer } from '../../server/app';
import { loadPortaalConfig, UpstreamName } from '../../server/config';

export interface PortaalOmgeving {
  run: TestRun;
  url: string;
  services: ServiceProcess[];
  /** The URL of one service, for arranging data through its API. */
  dienst(name: UpstreamName): string;
  stop(): Promise<void>;
}

/**
 * The whole system for a browser test: the four built services as separate processes (this run's own databases,
 * stream and key prefix), and the portaal server in this process in front of them with the built application.
 */
export async function startPortaal(
  env: NodeJS.ProcessEnv = {},
  portaalEnv: NodeJS.ProcessEnv = {},
): Promise<PortaalOmgeving> {
  const run = new TestRun(env);
  const services = await startServices(run, SERVICE_NAMES, env);
  const dienst = (name: UpstreamName) => services.find((s) => s.name === name)!.url;
  // The portaal checks tokens with the run's issuer, as the services do; without an OIDC provider the test signs in
  // through the development login, which must be switched on explicitly.
  const config = loadPortaalConfig({
    ...run.env,
    PORTAAL_PORT: '0',
    HOST: '127.0.0.1',
    ...(portaalEnv.OIDC_AUTHORITY ? {} : { PORTAAL_DEV_LOGIN: 'true' }),
    ...portaalEnv,
    ...Object.fromEntries(SERVICE_NAMES.map((n) => [`${n.toUpperCase()}_URL`, dienst(n)])),
  });
  const server: FastifyInstance = await buildPortaalServer({
    config,
    // PORTAAL_CLIENT_DIR lets parallel work build the application somewhere of its own.
    clientDir: path.resolve(workspaceRoot(), 'apps/portaal', process.env.PORTAAL_CLIENT_DIR ?? 'dist/client'),
    mintToken: (req) =>
      run.token({ role: req.role, organisatie: req.organisatie, subject: req.subject, team: req.team }),
    mintDigidToken: (req) => run.digidToken(req),
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    run,
    url,
    services,
    dienst,
    async stop() {
      await server.close();
      await Promise.all(services.map((s) => s.stop()));
      await run.cleanup();
    },
  };
}

/** Who calls a service in a test: a role of an organisation, optionally as a named user in a team. */
export interface Wie {
  rol: string;
  organisatie: string;
  subject?: string;
  team?: string;
}

/** Calls a service directly (not through the browser) to arrange a test's data. */
export function roep<T = any>(
  omgeving: PortaalOmgeving,
  dienst: UpstreamName,
  rol: string,
  organisatie: string,
  method: string,
  pad: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return roepAls<T>(omgeving, dienst, { rol, organisatie }, method, pad, body);
}

/** Calls a service directly as a named user (the subject and team the caseload and intake scope by). */
export async function roepAls<T = any>(
  omgeving: PortaalOmgeving,
  dienst: UpstreamName,
  wie: Wie,
  method: string,
  pad: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const { rol, ...rest } = wie;
  const token = await omgeving.run.token({ role: rol as never, ...rest });
  const res = await fetch(`${omgeving.dienst(dienst)}/api/v1${pad}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Waits until `check` returns something other than undefined. */
export async function totDat<T>(check: () => Promise<T | undefined>, wat: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const gevonden = await check();
    if (gevonden !== undefined) return gevonden;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${wat}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
