import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { connect as tcpConnect } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { AanmeldingAfgerond, DuurzaamheidVastgesteld, EVENT_CONSUMERS, PlaatsingGerealiseerd } from '@wiz/contracts';
import { envelopeFor, NatsServerProcess, publishTestEvent, startTestApp, TestRun } from '../src/testing';
import { SERVICE_NAMES, ServiceName } from '../src/config/platform-config';
import { EventNaming } from '../src/messaging/event-naming';
import { ensureStreams } from '../src/messaging/stream-setup';
import {
  natsInboxPrefix,
  natsPasswordVariable,
  natsPermissions,
  renderNatsAuthorization,
} from '../src/messaging/nats-permissions';
import { ProbeFailures, ProbeModule, PROBE_API, probeEventData } from './fixtures/probe.module';
import { count, eventually } from './helpers';

/**
 * A CA and a server certificate for 127.0.0.1 (server and client use, as deploy/ asks of wiz-nats-tls). Also named
 * localhost: nats.js verifies a server reached by IP address against that name.
 */
function makeCertificates(dir: string): { ca: string; cert: string; key: string } {
  const f = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.crt'),
    '-subj',
    '/CN=wiz-test-nats-ca',
    '-days',
    '1',
  );
  openssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    f('tls.key'),
    '-out',
    f('tls.csr'),
    '-subj',
    '/CN=nats',
  );
  writeFileSync(f('ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n');
  openssl(
    'x509',
    '-req',
    '-in',
    f('tls.csr'),
    '-CA',
    f('ca.crt'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('tls.crt'),
    '-days',
    '1',
    '-extfile',
    f('ext'),
  );
  return { ca: f('ca.crt'), cert: f('tls.crt'), key: f('tls.key') };
}

/**
 * Finding 7 of issue 14: anyone on the network could subscribe to `>` and publish any event. Here a nats-server of
 * the test's own runs as deploy/ runs it: TLS only, and the authorization block `npm run nats:config` generates
 * (passwords as config variables in front of it, where deploy/ gives them from a Secret). Every service signs in
 * as its own user.
 */
describe('NATS authentication and subject permissions', () => {
  const run = new TestRun();
  const streams = { stream: run.env.NATS_STREAM!, subjectPrefix: run.env.NATS_SUBJECT_PREFIX! };
  const passwords = Object.fromEntries(SERVICE_NAMES.map((s) => [s, randomBytes(18).toString('base64url')])) as Record<
    ServiceName,
    string
  >;
  const configDir = mkdtempSync(path.join(tmpdir(), 'wiz-nats-auth-'));
  const connections: NatsConnection[] = [];
  let nats: NatsServerProcess;
  let caPem: string;

  const signIn = async (service: ServiceName, password = passwords[service]) => {
    const nc = await connect({
      servers: nats.url,
      user: service,
      pass: password,
      inboxPrefix: natsInboxPrefix(service),
      tls: { ca: caPem },
      timeout: 3_000,
    });
    connections.push(nc);
    return nc;
  };
  const subject = (type: string) => `${streams.subjectPrefix}${type}`;

  beforeAll(async () => {
    const variables = SERVICE_NAMES.map((s) => `${natsPasswordVariable(s)}: ${JSON.stringify(passwords[s])}`).join(
      '\n',
    );
    const certificates = makeCertificates(configDir);
    caPem = readFileSync(certificates.ca, 'utf8');
    const tls = `tls { cert_file: ${JSON.stringify(certificates.cert)}, key_file: ${JSON.stringify(certificates.key)}, ca_file: ${JSON.stringify(certificates.ca)} }`;
    const file = path.join(configDir, 'nats.conf');
    writeFileSync(file, `${variables}\n${tls}\n${renderNatsAuthorization(streams)}`);
    nats = await NatsServerProcess.start({ args: ['-c', file] });
    // The streams exist before anyone publishes, made by a service user as every service does at start.
    const intake = await signIn('intake');
    await ensureStreams(await jetstreamManager(intake), new EventNaming(streams, 'intake'), 1);
  });

  afterAll(async () => {
    await Promise.all(connections.map((c) => c.close().catch(() => undefined)));
    await nats?.destroy();
    rmSync(configDir, { recursive: true, force: true });
    await run.cleanup();
  });

  it('refuses an anonymous connection and a wrong password', async () => {
    await expect(connect({ servers: nats.url, tls: { ca: caPem }, timeout: 3_000 })).rejects.toThrow(
      /authorization violation/i,
    );
    await expect(
      connect({ servers: nats.url, user: 'intake', pass: passwords.werkgevers, tls: { ca: caPem }, timeout: 3_000 }),
    ).rejects.toThrow(/authorization violation/i);
  });

  it('refuses credentials sent in plain text, and a client that does not trust our CA never sends them', async () => {
    // The attack: a client that skips TLS and sends intake's password over the wire. The server expects a TLS
    // handshake after its INFO, so the plain CONNECT is never read as one: it closes the connection, no PONG.
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = tcpConnect(nats.port, '127.0.0.1');
      let received = '';
      socket.on('data', (d) => {
        if (!received)
          socket.write(
            `CONNECT ${JSON.stringify({ user: 'intake', pass: passwords.intake, verbose: false, pedantic: false })}\r\nPING\r\n`,
          );
        received += String(d);
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^INFO .*"tls_required":true/);
    expect(answer).not.toMatch(/PONG|\+OK/);
    // A client that does not know our CA does not trust the server (nor send it a password).
    await expect(
      connect({ servers: nats.url, user: 'intake', pass: passwords.intake, timeout: 3_000 }),
    ).rejects.toThrow();
  });

  it("lets intake publish its own event and refuses it werkgevers' plaatsing-gerealiseerd", async () => {
    const js = jetstream(await signIn('intake'));
    const own = await js.publish(
      subject(AanmeldingAfgerond.type),
      JSON.stringify(envelopeFor(AanmeldingAfgerond, probeEventData())),
    );
    expect(own.stream).toBe(streams.stream);

    // The attack: intake's credentials forging a placement, with and without the run's subject prefix.
    for (const forged of [subject(PlaatsingGerealiseerd.type), PlaatsingGerealiseerd.type]) {
      await expect(
        js.publish(forged, JSON.stringify({ type: PlaatsingGerealiseerd.type }), { timeout: 3_000 }),
      ).rejects.toThrow(/permissions violation/i);
    }
    const jsm = await jetstreamManager(await signIn('werkgevers'));
    const info = await jsm.streams.info(streams.stream, {
      subjects_filter: `${streams.subjectPrefix}wiz.werkgevers.>`,
    });
    expect(info.state.subjects ?? {}).toEqual({});
  });

  it("refuses a service a subscription to everything, and to another service's inbox", async () => {
    for (const wanted of ['>', `${streams.subjectPrefix}wiz.>`, `${natsInboxPrefix('intake')}.>`]) {
      const nc = await signIn('werkgevers');
      const sub = nc.subscribe(wanted);
      const closed = (async () => {
        for await (const _ of sub) return 'message';
        return 'ended';
      })();
      await expect(closed).rejects.toThrow(/permissions violation/i);
    }
  });

  it('refuses a service a consumer on an event it does not consume', async () => {
    const jsm = await jetstreamManager(await signIn('intake'));
    const naming = new EventNaming(streams, 'intake');
    await expect(
      jsm.consumers.add(streams.stream, {
        durable_name: naming.durableName(PlaatsingGerealiseerd.type),
        filter_subject: subject(PlaatsingGerealiseerd.type),
      }),
    ).rejects.toThrow(/permissions violation/i);
    // A durable named as for an event the service does consume is no way round it either.
    const werkgevers = await jetstreamManager(await signIn('werkgevers'));
    const durable = new EventNaming(streams, 'werkgevers').durableName(DuurzaamheidVastgesteld.type);
    await expect(
      werkgevers.consumers.add(streams.stream, {
        durable_name: durable,
        filter_subject: subject(DuurzaamheidVastgesteld.type),
      }),
    ).rejects.toThrow(/permissions violation/i);
  });

  describe('with credentials the real path works', () => {
    const failures = new ProbeFailures();
    let publisher: NestFastifyApplication;
    let consumer: NestFastifyApplication;
    let beheer: string;

    beforeAll(async () => {
      // A probe signed in as intake publishes aanmelding-afgerond through its outbox; a probe signed in as
      // trajecten consumes it with its durable consumer, and dead-letters and replays as trajecten.
      const as = async (service: ServiceName) =>
        run.config(service, {
          NATS_URL: nats.url.replace('nats://', 'tls://'),
          NATS_USER: service,
          NATS_PASSWORD: passwords[service],
          NATS_TLS_CA: caPem,
          EVENT_MAX_DELIVERIES: '2',
          EVENT_RETRY_DELAY_MS: '50',
        });
      const intakeConfig = await as('intake');
      publisher = await startTestApp(
        ProbeModule.register(intakeConfig, new ProbeFailures(), { consume: false }),
        intakeConfig,
        PROBE_API,
      );
      const trajectenConfig = await as('trajecten');
      consumer = await startTestApp(ProbeModule.register(trajectenConfig, failures), trajectenConfig, PROBE_API);
      beheer = await run.token({ role: 'beheer', organisatie: 'GM0014' });
    });

    afterAll(async () => {
      await publisher?.close();
      await consumer?.close();
    });

    const post = async (naam: string) =>
      (
        await request(publisher.getHttpServer())
          .post('/api/v1/probes')
          .set('Authorization', `Bearer ${beheer}`)
          .send({ naam })
          .expect(201)
      ).body.id as string;

    it("intake's outbox relay publishes and trajecten's durable consumer applies it", async () => {
      const id = await post('met-inloggegevens');
      await eventually(async () =>
        expect(await count(consumer, 'SELECT 1 FROM probe_effects WHERE aanmelding_id = $1', [id])).toBe(1),
      );
      expect(await count(publisher, 'SELECT 1 FROM outbox WHERE sent_at IS NULL')).toBe(0);
    });

    it("dead-letters as trajecten and replays the event in trajecten without publishing intake's subject (a replay that fails keeps it)", async () => {
      const id = randomUUID();
      // Two failed deliveries dead-letter it; the first replay fails once more.
      failures.remaining.set(id, 3);
      // Published by intake's user, since only intake may publish this subject.
      await publishTestEvent(
        await signIn('intake'),
        run,
        AanmeldingAfgerond,
        envelopeFor(AanmeldingAfgerond, probeEventData(id)),
      );
      const letter = await eventually(async () => {
        const res = await request(consumer.getHttpServer())
          .get('/api/v1/dead-letters')
          .set('Authorization', `Bearer ${beheer}`)
          .expect(200);
        const found = res.body.items.find(
          (d: { data: { data: { aanmeldingId: string } } }) => d.data.data.aanmeldingId === id,
        );
        expect(found).toBeDefined();
        return found;
      });
      const replay = () =>
        request(consumer.getHttpServer())
          .post(`/api/v1/dead-letters/${letter.id}/replay`)
          .set('Authorization', `Bearer ${beheer}`);
      const failed = await replay().expect(409);
      expect(failed.body.detail).toMatch(/failed again and is kept: probe handler told to fail/);
      await request(consumer.getHttpServer())
        .get(`/api/v1/dead-letters/${letter.id}`)
        .set('Authorization', `Bearer ${beheer}`)
        .expect(200);
      await replay().expect(202);
      // Three failed attempts rolled back; the second replay applied it once.
      expect(await count(consumer, 'SELECT 1 FROM probe_effects WHERE aanmelding_id = $1', [id])).toBe(1);
      await request(consumer.getHttpServer())
        .get(`/api/v1/dead-letters/${letter.id}`)
        .set('Authorization', `Bearer ${beheer}`)
        .expect(404);
    });
  });
});

/**
 * What a service may pull is the consumer table in libs/contracts, which scripts/event-consumers.mjs generates from
 * the services' @OnEvent handlers (its staleness test is libs/contracts/src/catalog/event-consumers.spec.ts).
 */
describe('the permissions follow the generated consumer table', () => {
  it.each(SERVICE_NAMES)('%s may create a consumer on exactly the events the table lists for it', (service) => {
    const createPrefix = '$JS.API.CONSUMER.CREATE.WIZ.';
    const filtered = natsPermissions(service, { stream: 'WIZ', subjectPrefix: '' })
      .publish.filter((subject) => subject.startsWith(createPrefix))
      // The durable name has no dots; what follows it is the filter subject, which is the event type.
      .map((subject) => subject.slice(createPrefix.length).split('.').slice(1).join('.'));
    const listed = Object.entries(EVENT_CONSUMERS).filter(([, services]) => services.includes(service));
    expect(filtered.sort()).toEqual(listed.map(([type]) => type).sort());
  });
});
