import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { jetstream, JsMsg } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import { AanmeldingAfgerond, parseEventData } from '@wiz/contracts';
import { startTestApp, TestRun } from '@wiz/platform/testing';
import { IntakeModule, INTAKE_API } from '../src/app.module';

const aanmelding = (overrides: Record<string, unknown> = {}) => ({
  kanaal: 'balie',
  inwoner: {
    bsn: '111222333',
    voornaam: 'Ĳsbrand',
    achternaam: "Çelik-van der Meer d'Hondt",
    geboortedatum: '1990-04-01',
    postcode: '9711 ab',
    huisnummer: '12',
    gemeentecode: 'GM0014',
  },
  situatie: { uitkering: 'ww', werkend: false, zzp: false, arbeidsbeperking: false, statushouder: false, startkwalificatie: true },
  hulpvraag: "Robert'); DROP TABLE aanmeldingen;--",
  ...overrides,
});

describe('intake: registering an aanmelding (thin slice)', () => {
  const run = new TestRun();
  let app: NestFastifyApplication;
  let nc: NatsConnection;
  let frontoffice: string;

  beforeAll(async () => {
    const config = await run.config('intake');
    app = await startTestApp(IntakeModule.register(config), config, INTAKE_API);
    nc = await connect({ servers: run.env.NATS_URL });
    frontoffice = await run.token({ role: 'frontoffice', organisatie: 'GM0014' });
  });
  afterAll(async () => {
    await app?.close();
    await nc?.close();
    await run.cleanup();
  });

  const post = (body: unknown, token = frontoffice) =>
    request(app.getHttpServer()).post('/api/v1/aanmeldingen').set('Authorization', `Bearer ${token}`).send(body as object);

  async function publishedEvents(): Promise<JsMsg[]> {
    const consumer = await jetstream(nc).consumers.get(run.env.NATS_STREAM!, { filter_subjects: `${run.env.NATS_SUBJECT_PREFIX}${AanmeldingAfgerond.type}` });
    const found: JsMsg[] = [];
    for (;;) {
      const m = await consumer.next({ expires: 1_000 });
      if (!m) return found;
      found.push(m);
    }
  }

  it('registers, answers with a route, and publishes aanmelding-afgerond without personal data', async () => {
    const res = await post(aanmelding()).expect(201);
    expect(res.body).toMatchObject({ id: expect.any(String), inwonerId: expect.any(String), status: 'doorverwezen' });
    expect(['orienteren', 'begeleiden', 'ontwikkelen', 'scholen', 'matchen']).toContain(res.body.route.stap);
    expect(res.headers['api-version']).toBe('1.0.0');

    const events = await (async () => {
      for (let i = 0; i < 50; i++) {
        const e = await publishedEvents();
        if (e.length) return e;
      }
      return [];
    })();
    expect(events).toHaveLength(1);
    const raw = events[0].string();
    const envelope = JSON.parse(raw);
    expect(envelope).toMatchObject({ specversion: '1.0', type: AanmeldingAfgerond.type, source: 'wiz/intake' });
    expect(events[0].headers?.get('Nats-Msg-Id')).toBe(envelope.id);
    const data = parseEventData(AanmeldingAfgerond, envelope.data);
    expect(data).toMatchObject({ aanmeldingId: res.body.id, inwonerId: res.body.inwonerId, gemeentecode: 'GM0014' });
    expect(data.deelnemer).toMatchObject({ arbeidsmarktstatus: 'werkloos', opleidingsniveau: 'isced-3-4' });
    for (const personal of ['111222333', 'Ĳsbrand', 'Çelik', '1990-04-01', '9711', 'DROP TABLE']) expect(raw).not.toContain(personal);
  });

  it('stores names with diacritics, apostrophes and hyphens exactly, and SQL-looking text as text', async () => {
    const res = await post(aanmelding()).expect(201);
    const [row] = await app.get(DataSource).query('SELECT i.voornaam, i.achternaam, i.postcode, a.hulpvraag FROM aanmeldingen a JOIN inwoners i ON i.id = a.inwoner_id WHERE a.id = $1', [res.body.id]);
    expect(row).toEqual({ voornaam: 'Ĳsbrand', achternaam: "Çelik-van der Meer d'Hondt", postcode: '9711AB', hulpvraag: "Robert'); DROP TABLE aanmeldingen;--" });
  });

  it('refuses malformed data with 400 naming every field', async () => {
    const res = await post(
      aanmelding({
        kanaal: 'fax',
        inwoner: { ...aanmelding().inwoner, bsn: '123456789', geboortedatum: '2999-01-01', postcode: '0123AB', voornaam: ' ' },
        onbekend: 1,
      }),
    ).expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['inwoner.bsn', 'inwoner.geboortedatum', 'inwoner.postcode', 'inwoner.voornaam', 'kanaal', 'onbekend'].sort(),
    );
    expect(JSON.stringify(res.body)).not.toContain('123456789');
  });

  it('shows an aanmelding to its own organisation and answers 404 to another', async () => {
    const created = await post(aanmelding()).expect(201);
    await request(app.getHttpServer()).get(`/api/v1/aanmeldingen/${created.body.id}`).set('Authorization', `Bearer ${frontoffice}`).expect(200);
    const other = await run.token({ role: 'frontoffice', organisatie: 'GM0034' });
    await request(app.getHttpServer()).get(`/api/v1/aanmeldingen/${created.body.id}`).set('Authorization', `Bearer ${other}`).expect(404);
  });

  it('refuses other roles', async () => {
    await post(aanmelding(), await run.token({ role: 'consulent', organisatie: 'GM0014' })).expect(403);
  });
});
