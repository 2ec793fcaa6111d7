import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { lintOpenApi, ServiceProcess, startServices, TestRun, workspaceRoot } from '@wiz/platform/testing';
import { SERVICE_NAMES } from '@wiz/platform';
import { TESTINWONERS } from '../../apps/portaal/server/dev-login';

describe('the system as separate processes', () => {
  const run = new TestRun();
  let services: ServiceProcess[] = [];
  const service = (name: string) => services.find((s) => s.name === name)!;

  beforeAll(async () => {
    services = await startServices(run, SERVICE_NAMES);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await run.cleanup();
  });

  it('carries an aanmelding from intake to a traject in trajecten through NATS', async () => {
    const frontoffice = await run.token({ role: 'frontoffice', organisatie: 'GM0014' });
    const correlationId = randomUUID(); // only a UUID is taken from a client
    const created = await fetch(`${service('intake').url}/api/v1/aanmeldingen`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${frontoffice}`,
        'Content-Type': 'application/json',
        'X-Correlation-ID': correlationId,
      },
      body: JSON.stringify({
        kanaal: 'talentperron',
        inwoner: {
          bsn: '555123455',
          voornaam: 'Ĳsbrand',
          achternaam: "d'Hondt-Çelik",
          geboortedatum: '2001-02-03',
          postcode: '9401AB',
          huisnummer: '7',
          gemeentecode: 'GM0014',
          email: 'ijsbrand@example.nl',
        },
        situatie: {
          uitkering: 'geen',
          werkend: false,
          zzp: false,
          arbeidsbeperking: false,
          statushouder: false,
          startkwalificatie: false,
        },
        hulpvraag: 'Wat past bij mij?',
      }),
    });
    expect(created.status).toBe(201);
    const aanmelding = await created.json();

    // The traject belongs to the organisation the route names (here the Leerwerkloket: young, no startkwalificatie).
    expect(aanmelding.route).toMatchObject({ stap: 'scholen', organisatie: 'leerwerkloket' });
    const consulent = await run.token({ role: 'consulent', organisatie: aanmelding.route.organisatie });
    const deadline = Date.now() + 20_000;
    let items: { huidigeStap: string; inwonerId: string }[] = [];
    while (Date.now() < deadline && items.length === 0) {
      const res = await fetch(`${service('trajecten').url}/api/v1/trajecten?inwonerId=${aanmelding.inwonerId}`, {
        headers: { Authorization: `Bearer ${consulent}` },
      });
      items = (await res.json()).items;
      if (!items.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(items).toHaveLength(1);
    expect(items[0].huidigeStap).toBe(aanmelding.route.stap);
    // The correlation id of the request travelled with the event into trajecten's logs.
    expect(service('trajecten').output.join('')).toContain(correlationId);
    // Personal data never reaches any service's logs.
    const allLogs = services.map((s) => s.output.join('')).join('\n');
    for (const personal of ['555123455', 'Ĳsbrand', 'Hondt', '2001-02-03', '9401AB', 'ijsbrand@example.nl'])
      expect(allLogs).not.toContain(personal);
  });

  it.each(['intake', 'trajecten', 'werkgevers', 'subsidies'])(
    '%s publishes an OpenAPI document that passes the NL API Design Rules',
    async (name) => {
      const res = await fetch(`${service(name).url}/api/v1/openapi.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const findings = await lintOpenApi(await res.json());
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      const docs = await fetch(`${service(name).url}/api/v1/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
    },
  );

  it("npm start's seed registers the DigiD login's test persons once: a second start adds nothing", async () => {
    // scripts/lib/testinwoners.mjs as npm start runs it (an ES module, so in a Node process of its own), twice.
    const frontoffice = await run.token({ role: 'frontoffice', organisatie: 'GM0014' });
    const seed = (env: NodeJS.ProcessEnv) => {
      const program = `
        import { seedTestinwoners, testinwonersWanted } from ${JSON.stringify(`${workspaceRoot()}/scripts/lib/testinwoners.mjs`)};
        const wanted = testinwonersWanted(process.env);
        const result = wanted ? await seedTestinwoners({ intakeUrl: process.env.INTAKE, token: process.env.TOKEN, personen: ${JSON.stringify(TESTINWONERS)} }) : [];
        console.log(JSON.stringify({ wanted, result }));`;
      const answer = spawnSync(process.execPath, ['--input-type=module', '-e', program], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, INTAKE: service('intake').url, TOKEN: frontoffice, ...env },
        timeout: 30_000,
      });
      expect(answer.stderr).toBe('');
      return JSON.parse(answer.stdout) as {
        wanted: boolean;
        result: { naam: string; inwonerId: string; nieuw: boolean }[];
      };
    };
    // Never in production, nor with a real OIDC provider (no development issuer to sign the desk's token).
    expect(seed({ NODE_ENV: 'production' })).toEqual({ wanted: false, result: [] });
    expect(seed({ AUTH_JWKS_URL: 'https://login.example.nl/jwks' })).toEqual({ wanted: false, result: [] });

    const first = seed({}).result;
    expect(first.map((r) => [r.naam, r.nieuw])).toEqual(TESTINWONERS.map((p) => [p.naam, true]));
    const second = seed({}).result;
    expect(second).toEqual(first.map((r) => ({ ...r, nieuw: false })));

    // One person per BSN, with one aanmelding, and a traject in trajecten (UWV, Matchen) each.
    const consulent = await run.token({ role: 'consulent', organisatie: 'UWV' });
    for (const [i, persoon] of TESTINWONERS.entries()) {
      const gevonden = await fetch(`${service('intake').url}/api/v1/inwoners/_zoek`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${frontoffice}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ bsn: persoon.bsn }),
      }).then((r) => r.json());
      expect(gevonden.items.map((g: { id: string }) => g.id)).toEqual([first[i].inwonerId]);
      const inwoner = await fetch(`${service('intake').url}/api/v1/inwoners/${first[i].inwonerId}`, {
        headers: { Authorization: `Bearer ${frontoffice}` },
      }).then((r) => r.json());
      expect(inwoner.aanmeldingen).toHaveLength(1);
      let trajecten: { huidigeStap: string }[] = [];
      for (let poging = 0; poging < 100 && !trajecten.length; poging++) {
        if (poging) await new Promise((r) => setTimeout(r, 100));
        const res = await fetch(`${service('trajecten').url}/api/v1/trajecten?inwonerId=${first[i].inwonerId}`, {
          headers: { Authorization: `Bearer ${consulent}` },
        });
        trajecten = (await res.json()).items;
      }
      expect(trajecten.map((t) => t.huidigeStap)).toEqual(['matchen']);
    }
  }, 60_000);

  it('stops gracefully on SIGTERM', async () => {
    const werkgevers = service('werkgevers');
    expect(await werkgevers.stop()).toBe(0);
  });
});
