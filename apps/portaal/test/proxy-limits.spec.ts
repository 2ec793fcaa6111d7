import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { connect, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { TestRun } from '@wiz/platform/testing';
import { buildPortaalServer } from '../server/app';
import { loadPortaalConfig } from '../server/config';

/** The stand-in for the four services: answers GETs, holds event streams open, and reads uploads as they come. */
class Upstream {
  readonly requests: string[] = [];
  openStreams = 0;
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.requests.push(`${req.method} ${req.url}`);
    if (req.url === '/api/v1/monitor/gebeurtenissen') {
      this.openStreams++;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: verbonden\ndata: {}\n\n');
      res.once('close', () => this.openStreams--);
      return;
    }
    req.resume();
    req.once('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[]}'));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/**
 * The pen test's denial of service through the portaal: 128 open dashboards (the live monitor stream) or 140 slow
 * unauthenticated uploads held every connection of the one proxy pool to a service, and every other request through
 * the portaal to it hung. Here a small real upstream stands in for the services (it records what reaches it and
 * holds streams and uploads open as long as the client does), the portaal runs as it does in production, and the
 * test plays the ingress in front of it, naming each browser in X-Forwarded-For.
 */
describe('portaal proxy: open streams and slow bodies cannot starve other users', () => {
  const run = new TestRun();
  const upstream = new Upstream();
  const portalen: FastifyInstance[] = [];
  let clientDir: string;

  beforeAll(async () => {
    await upstream.start();
    clientDir = mkdtempSync(path.join(tmpdir(), 'portaal-client-'));
    mkdirSync(path.join(clientDir, 'assets'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>portaal</title>');
    writeFileSync(path.join(clientDir, 'assets/app.js'), 'console.log(1)\n//# sourceMappingURL=app.js.map');
    writeFileSync(path.join(clientDir, 'assets/app.js.map'), '{"version":3,"sources":["../src/geheim.ts"]}');
  });
  afterAll(async () => {
    await Promise.all(portalen.map((p) => p.close()));
    await upstream.stop();
    await run.cleanup();
  });

  /** A portaal in front of the upstream; `env` sets its limits. */
  async function portaal(env: NodeJS.ProcessEnv = {}): Promise<string> {
    const url = upstream.url;
    const config = loadPortaalConfig({
      ...run.env,
      PORTAAL_DEV_LOGIN: 'true',
      PORTAAL_TRUSTED_PROXIES: '127.0.0.1',
      INTAKE_URL: url,
      TRAJECTEN_URL: url,
      WERKGEVERS_URL: url,
      SUBSIDIES_URL: url,
      ...env,
    });
    const server = await buildPortaalServer({ config, clientDir });
    portalen.push(server);
    await server.listen({ host: '127.0.0.1', port: 0 });
    return `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  }

  const token = (role: 'monitor' | 'consulent' = 'consulent') => run.token({ role, organisatie: 'GM0014' });
  /** A hang fails the test (the old proxy queued such a request for ever); no assertion on how fast it is. */
  const HANG = () => AbortSignal.timeout(20_000);

  async function openStream(
    base: string,
    browser: string,
    bearer: string,
    streams: AbortController,
  ): Promise<Response> {
    return fetch(`${base}/api/trajecten/monitor/gebeurtenissen`, {
      headers: { Authorization: `Bearer ${bearer}`, 'X-Forwarded-For': browser },
      signal: streams.signal,
    });
  }

  async function anotherUsersGet(base: string): Promise<number> {
    const res = await fetch(`${base}/api/trajecten/trajecten?status=actief`, {
      headers: { Authorization: `Bearer ${await token()}`, 'X-Forwarded-For': '10.200.0.1' },
      signal: HANG(),
    });
    await res.body?.cancel();
    return res.status;
  }

  it('130 open dashboards: each stream is served from its own pool, and another user’s GET still answers', async () => {
    const base = await portaal();
    const monitor = await token('monitor');
    const streams = new AbortController();
    try {
      const geopend = await Promise.all(
        Array.from({ length: 130 }, (_, i) => openStream(base, `10.1.${i >> 8}.${i & 255}`, monitor, streams)),
      );
      expect(geopend.map((r) => r.status)).toEqual(Array(130).fill(200));
      expect(upstream.openStreams).toBe(130);
      expect(await anotherUsersGet(base)).toBe(200);
    } finally {
      streams.abort();
    }
  });

  it('caps the streams: beyond a client’s share a 429, beyond the pool a 503 problem; ordinary requests go on', async () => {
    const base = await portaal({ PORTAAL_MAX_STREAMS: '4', PORTAAL_MAX_STREAMS_PER_CLIENT: '2' });
    const monitor = await token('monitor');
    const streams = new AbortController();
    try {
      const eenBrowser = await Promise.all([1, 2, 3].map(() => openStream(base, '10.2.0.1', monitor, streams)));
      expect(eenBrowser.map((r) => r.status).sort()).toEqual([200, 200, 429]);
      const anderen = await Promise.all(
        ['10.2.0.2', '10.2.0.3', '10.2.0.4'].map((b) => openStream(base, b, monitor, streams)),
      );
      expect(anderen.map((r) => r.status).sort()).toEqual([200, 200, 503]);
      const vol = anderen.find((r) => r.status === 503)!;
      expect(vol.headers.get('content-type')).toContain('application/problem+json');
      expect(vol.headers.get('retry-after')).toBeTruthy();
      expect(await vol.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
      expect(await anotherUsersGet(base)).toBe(200);
    } finally {
      streams.abort();
    }
    // A closed stream gives its place back.
    await eventuallyTrue(() => upstream.openStreams === 0);
    const opnieuw = new AbortController();
    expect((await openStream(base, '10.2.0.1', monitor, opnieuw)).status).toBe(200);
    opnieuw.abort();
  });

  it('140 slow uploads without a token: refused with 401 before the body is read, none reaches a service', async () => {
    const base = await portaal();
    const postsBefore = upstream.requests.filter((r) => r.startsWith('POST')).length;
    // Each announces 1 MB, sends 10 bytes and then nothing: the old proxy forwarded each and waited for the rest.
    const antwoorden = await Promise.all(
      Array.from({ length: 140 }, (_, i) =>
        rawRequest(
          base,
          [
            'POST /api/subsidies/kostenregels/import HTTP/1.1',
            'Host: portaal',
            `X-Forwarded-For: 10.3.${i >> 8}.${i & 255}`,
            'Content-Type: text/csv',
            'Content-Length: 1048576',
            '',
            'regeling;b',
          ].join('\r\n'),
        ),
      ),
    );
    for (const antwoord of antwoorden) {
      expect(antwoord.text).toMatch(/^HTTP\/1\.1 401 /);
      expect(antwoord.text).toMatch(/connection: close/i);
      expect(antwoord.closed).toBe(true); // the portaal hung up: the rest of the body is never read
    }
    expect(upstream.requests.filter((r) => r.startsWith('POST')).length).toBe(postsBefore);
    expect(await anotherUsersGet(base)).toBe(200);
  });

  it('slow uploads with a valid token: a client’s requests in flight are capped (429) and a trickling body is cut off', async () => {
    const base = await portaal({ PORTAAL_MAX_REQUESTS_PER_CLIENT: '3', PORTAAL_REQUEST_TIMEOUT_MS: '2000' });
    const bearer = await token('consulent');
    const aanvraag = [
      'POST /api/subsidies/kostenregels/import HTTP/1.1',
      'Host: portaal',
      'X-Forwarded-For: 10.4.0.1',
      `Authorization: Bearer ${bearer}`,
      'Content-Type: text/csv',
      'Content-Length: 1048576',
      '',
      'regeling;b',
    ].join('\r\n');
    const sockets = await Promise.all([1, 2, 3].map(() => openSocket(base, aanvraag)));
    await eventuallyTrue(() => upstream.requests.filter((r) => r.startsWith('POST')).length >= 3);
    expect((await rawRequest(base, aanvraag)).text).toMatch(/^HTTP\/1\.1 429 /);
    // Another browser is not held back by this one.
    expect(await anotherUsersGet(base)).toBe(200);
    // The request timeout ends the uploads that never finish, and their places come free.
    const gesloten = await Promise.all(sockets.map((s) => closedWithin(s, 15_000)));
    expect(gesloten).toEqual([true, true, true]);
    const res = await fetch(`${base}/api/trajecten/trajecten`, {
      headers: { Authorization: `Bearer ${bearer}`, 'X-Forwarded-For': '10.4.0.1' },
      signal: HANG(),
    });
    expect(res.status).toBe(200);
  });

  it('slowloris: a client that trickles its headers is disconnected', async () => {
    const base = await portaal({ PORTAAL_HEADERS_TIMEOUT_MS: '1000' });
    const socket = await openSocket(base, 'GET /api/trajecten/trajecten HTTP/1.1\r\nHost: portaal\r\n');
    const trickle = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
    const antwoord = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d) => (text += d));
      socket.once('close', () => resolve(text));
    });
    clearInterval(trickle);
    expect(antwoord === '' || /^HTTP\/1\.1 408 /.test(antwoord)).toBe(true);
  });

  it('checks the token before forwarding: a token of another issuer, or one that lives for ever, is refused and never reaches a service', async () => {
    const base = await portaal();
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const vreemd = await new SignJWT({ roles: ['beheer'], organisatie: 'GM0014' })
      .setProtectedHeader({ alg: 'ES256', kid: (await exportJWK(publicKey)).kid ?? 'x' })
      .setIssuer('wiz-dev-issuer')
      .setAudience('wiz')
      .setSubject('aanvaller')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const voor = upstream.requests.length;
    const res = await fetch(`${base}/api/intake/inwoners/_zoek`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${vreemd}`, 'Content-Type': 'application/json' },
      body: '{"bsn":"226073440"}',
      signal: HANG(),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect((await res.json()).detail).toMatch(/refused/);
    expect(
      (
        await fetch(`${base}/api/intake/aanmeldingen`, {
          method: 'POST',
          body: '{}',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(401);
    // The services' token rules hold here too: a token of the right issuer with exp in 2200 is refused.
    const eeuwig = await run.token({ role: 'beheer', organisatie: 'GM0014', expiresIn: '175y' });
    expect(
      (
        await fetch(`${base}/api/intake/inwoners/_zoek`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${eeuwig}` },
          body: '{}',
          signal: HANG(),
        })
      ).status,
    ).toBe(401);
    expect(upstream.requests.length).toBe(voor);
  });

  it('serves source maps outside production only', async () => {
    const ontwikkeling = await portaal();
    expect((await fetch(`${ontwikkeling}/assets/app.js.map`)).status).toBe(200);
    const productie = await portaal({
      NODE_ENV: 'production',
      PORTAAL_DEV_LOGIN: undefined,
      OIDC_AUTHORITY: 'https://login.example.nl/realms/wiz',
      OIDC_CLIENT_ID: 'portaal',
      AUTH_JWKS_URL: 'https://login.example.nl/realms/wiz/certs',
      AUTH_INWONER_JWKS_URL: 'https://intake.example.nl/api/v1/inwonersessies/sleutels',
    });
    const kaart = await fetch(`${productie}/assets/app.js.map`);
    expect(kaart.status).toBe(404);
    expect(await kaart.text()).not.toContain('geheim.ts');
    expect((await fetch(`${productie}/assets/app.js`)).status).toBe(200);
  });
});

function openSocket(base: string, text: string): Promise<Socket> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(text);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Sends `text` and collects what comes back until the server closes the connection (or 20 s pass). */
async function rawRequest(base: string, text: string): Promise<{ text: string; closed: boolean }> {
  const socket = await openSocket(base, text);
  return new Promise((resolve) => {
    let received = '';
    const guard = setTimeout(() => {
      socket.destroy();
      resolve({ text: received, closed: false });
    }, 20_000);
    socket.on('data', (d) => (received += d));
    socket.on('error', () => undefined);
    socket.once('close', () => {
      clearTimeout(guard);
      resolve({ text: received, closed: true });
    });
  });
}

/** Whether the server closes `socket` within `ms` (a bounded wait, so a connection left open fails the test plainly). */
function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  if (socket.destroyed) return Promise.resolve(true);
  // Read what the server sends before it hangs up (a 408): a socket nobody reads keeps that answer buffered and
  // never reaches the end of its stream, so it would not close however soon the server did.
  socket.resume();
  return new Promise((resolve) => {
    const guard = setTimeout(() => resolve(false), ms);
    socket.once('close', () => {
      clearTimeout(guard);
      resolve(true);
    });
  });
}

async function eventuallyTrue(check: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 20_000; !check(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) throw new Error('condition not reached');
  }
}
