import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { ServiceProcess, startServices, syntheticBsn, TestRun } from '@wiz/platform/testing';
import { SERVICE_NAMES } from '@wiz/platform';
import { Answer, Caller, ContractClient, ROLE_OF, serviceOf, until } from './contract/client';
import {
  COMMITTED_EXAMPLES,
  ContractExample,
  fillIn,
  placeholdersOf,
  readExamples,
  SHARED_EXAMPLES,
  sharedExamplesReachable,
} from './contract/examples';
import { kalenderdag } from '@wiz/contracts';

/**
 * The public contract as a new client meets it: every request of contract-examples.json sent verbatim, in file
 * order (only its {placeholders} filled in, from earlier answers or fresh valid values), each answered with the
 * documented status; then the employer flow's outcome in rapportage, monitor and declaratie, each documented GET
 * once, and the documented errors that are cheap to reach. The duurzaamheidscheck is due at once here (PT0S).
 */
describe('the public contract, sent as its examples show', () => {
  const run = new TestRun({ DUURZAAMHEIDSCHECK_NA: 'PT0S', OPVOLGING_RECONCILE_MS: '1000' });
  let services: ServiceProcess[] = [];
  const client = new ContractClient(run, () => services);
  const examples = readExamples();
  const vandaag = kalenderdag(new Date());
  const values = new Map<string, string>([
    ['bsn', syntheticBsn(randomInt(1_000_000))],
    ['kvk', String(randomInt(10_000_000, 100_000_000))],
    ['code', `JTF-${run.id.slice(-8).toUpperCase()}`],
    ['today', vandaag],
  ]);
  const answers = new Map<string, Answer>();
  const werkgeversteam: Caller = { role: 'werkgeversteam', organisatie: 'GM0014' };
  const financien: Caller = { role: 'financien', organisatie: 'GM0014' };
  const monitor: Caller = { role: 'monitor', organisatie: 'WIZ' };
  /** The consulent of the organisation the route chose for the traject of the first aanmelding. */
  const consulent = (): Caller => ({
    role: 'consulent',
    organisatie: answers.get('aanmelding with BSN')!.body.route.organisatie,
  });

  beforeAll(async () => {
    services = await startServices(run, SERVICE_NAMES);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await run.cleanup();
  });

  /** Who sends an example: the contract's role for the service, of the organisation scoping lets through. */
  const callerOf = (example: ContractExample): Caller => {
    const service = serviceOf(example.path);
    if (service === 'intake')
      return {
        role: ROLE_OF.intake,
        organisatie: (example.body as { inwoner: { gemeentecode: string } }).inwoner.gemeentecode,
      };
    if (service === 'trajecten') return consulent();
    return service === 'werkgevers' ? werkgeversteam : financien;
  };

  /** Placeholders that no answer carries but the system makes on its own: found by polling, as a client would. */
  const gevonden: Record<string, () => Promise<string>> = {
    trajectId: () =>
      until(
        async () =>
          (await client.send(consulent(), 'GET', `/api/v1/trajecten?inwonerId=${values.get('inwonerId')}`)).body
            ?.items?.[0]?.id,
        'the traject of the first aanmelding',
      ),
    opvolgingId: () =>
      until(async () => {
        const open = await client.send(consulent(), 'GET', '/api/v1/opvolgingen?soort=duurzaamheidscheck&status=open');
        return open.body?.items?.find(
          (o: { plaatsingId: string }) => o.plaatsingId === answers.get('plaatsing with SROI')?.body?.id,
        )?.id;
      }, 'the duurzaamheidscheck of the placement'),
  };
  /** Which placeholder an example's answer `id` fills for the examples after it. */
  const idVan: Record<string, string> = {
    activity: 'activiteitId',
    werkgever: 'werkgeverId',
    vacature: 'vacatureId',
    'sroi-verplichting': 'sroiVerplichtingId',
    declaratie: 'declaratieId',
  };

  /** werkgevers learns of trajecten from events; a placement of a traject it has not heard of yet is (rightly) a 400. */
  const werkgeversKentTraject = async (trajectId: string) => {
    const db = new Client({ connectionString: run.databaseUrl('werkgevers') });
    await db.connect();
    try {
      await until(
        async () =>
          (await db.query("SELECT 1 FROM kandidaten WHERE traject_id = $1 AND stap = 'ontwikkelen'", [trajectId]))
            .rowCount
            ? true
            : undefined,
        'werkgevers to know the traject in its new step',
      );
    } finally {
      await db.end();
    }
  };

  it('sends the committed copy of the examples, which equals the one beside api-contract.md', () => {
    expect(examples.length).toBeGreaterThanOrEqual(16);
    if (!sharedExamplesReachable)
      return console.warn(`${SHARED_EXAMPLES} not reachable here: only the committed copy is checked`);
    expect(JSON.parse(readFileSync(COMMITTED_EXAMPLES, 'utf8'))).toEqual(
      JSON.parse(readFileSync(SHARED_EXAMPLES, 'utf8')),
    );
  });

  it.each(examples.map((e) => [e.name, e] as const))(
    '%s: answers with the documented status',
    async (_, example) => {
      for (const name of placeholdersOf(example))
        if (!values.has(name) && gevonden[name]) values.set(name, await gevonden[name]());
      const { path, body } = fillIn(example, values);
      if (example.name === 'plaatsing with SROI') await werkgeversKentTraject(values.get('trajectId')!);
      const answer = await client.send(callerOf(example), example.method, path, body);
      answers.set(example.name, answer);
      // Status and answer in one string, so a failure shows what the service said.
      expect(`${answer.status} ${JSON.stringify(answer.body ?? null)}`).toMatch(new RegExp(`^${example.status} `));
      if (example.name === 'aanmelding with BSN') values.set('inwonerId', answer.body.inwonerId);
      if (idVan[example.name]) values.set(idVan[example.name], answer.body.id);
    },
    150_000,
  );

  describe('the employer flow, end to end', () => {
    it('ends in a durable placement (32 hours in dienst)', () => {
      expect(answers.get('check outcome')?.body).toMatchObject({ duurzaam: true });
    });

    it("shows the placement in werkgevers' rapportage, as an SROI placement", async () => {
      const rapportage = await client.send(werkgeversteam, 'GET', '/api/v1/rapportage');
      expect(rapportage.status).toBe(200);
      expect(rapportage.body).toMatchObject({
        plaatsingen: 1,
        sroiPlaatsingen: 1,
        afspraakbanenCumulatief: expect.any(Number),
      });
    });

    it('shows the steps forward, the placement and the durable placement in the monitor', async () => {
      const cijfers = await until(async () => {
        const m = (await client.send(monitor, 'GET', '/api/v1/monitor?gemeentecode=GM0014')).body;
        return m?.duurzamePlaatsingen === 1 ? m : undefined;
      }, 'the durable placement in the monitor');
      expect(cijfers).toMatchObject({
        doel: 20000,
        inwonersEenStapVooruit: 1,
        gestarteTrajecten: 1,
        plaatsingen: 1,
        duurzamePlaatsingen: 1,
      });
      const perStap = cijfers.perStap as Record<string, number>;
      expect(Object.keys(perStap).sort()).toEqual(['begeleiden', 'matchen', 'ontwikkelen', 'orienteren', 'scholen']);
      expect(Math.max(...Object.values(perStap))).toBeGreaterThanOrEqual(1);
    }, 90_000);

    it('answered the declaratie with the documented fields, and submitted it', async () => {
      expect(answers.get('declaratie')?.body).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          status: 'concept',
          subsidiabelCenten: expect.any(Number),
          bijdrageCenten: expect.any(Number),
          opgenomen: expect.any(Array),
          uitgesloten: expect.any(Array),
          indicatoren: expect.any(Object),
        }),
      );
      const opgeslagen = await client.send(financien, 'GET', `/api/v1/declaraties/${values.get('declaratieId')}`);
      expect(opgeslagen).toMatchObject({ status: 200, body: { id: values.get('declaratieId'), status: 'ingediend' } });
    });
  });

  describe('every documented GET, once', () => {
    it('intake: the aanmelding and the inwoner', async () => {
      const { id, inwonerId } = answers.get('aanmelding with BSN')!.body;
      const frontoffice: Caller = { role: 'frontoffice', organisatie: 'GM0014' };
      expect(await client.send(frontoffice, 'GET', `/api/v1/aanmeldingen/${id}`)).toMatchObject({
        status: 200,
        body: { id, inwonerId, status: 'doorverwezen' },
      });
      expect(await client.send(frontoffice, 'GET', `/api/v1/inwoners/${inwonerId}`)).toMatchObject({
        status: 200,
        body: { id: inwonerId, bsn: values.get('bsn'), aanmeldingen: [expect.objectContaining({})] },
      });
    });

    it('trajecten: the list, one traject with its ETag, the follow-ups', async () => {
      const lijst = await client.send(consulent(), 'GET', `/api/v1/trajecten?inwonerId=${values.get('inwonerId')}`);
      expect(lijst).toMatchObject({ status: 200, body: { items: [{ id: values.get('trajectId') }] } });
      const traject = await client.send(consulent(), 'GET', `/api/v1/trajecten/${values.get('trajectId')}`);
      expect(traject).toMatchObject({
        status: 200,
        body: {
          id: values.get('trajectId'),
          inwonerId: values.get('inwonerId'),
          status: 'afgesloten',
          stappen: expect.any(Array),
          activiteiten: expect.any(Array),
        },
      });
      expect(traject.headers.get('etag')).toBe(`"${traject.body.versie}"`);
      const opvolgingen = await client.send(
        consulent(),
        'GET',
        '/api/v1/opvolgingen?soort=duurzaamheidscheck&status=open',
      );
      expect(opvolgingen).toMatchObject({ status: 200, body: { items: expect.any(Array) } });
    });

    it.each([
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
      ['csv', 'text/csv', ''],
      ['pdf', 'application/pdf', '%PDF'],
    ])('subsidies: the declaratie as %s', async (formaat, contentType, begin) => {
      const file = await client.send(
        financien,
        'GET',
        `/api/v1/declaraties/${values.get('declaratieId')}/export?formaat=${formaat}`,
      );
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(new RegExp(`^${contentType}`));
      expect(file.bytes.length).toBeGreaterThan(0);
      expect(file.bytes.subarray(0, begin.length).toString('latin1')).toBe(begin);
    });
  });

  describe('the documented errors', () => {
    it('401 without a token, 403 for the wrong role', async () => {
      expect((await client.send(null, 'GET', '/api/v1/monitor')).status).toBe(401);
      expect(
        (await client.send({ role: 'frontoffice', organisatie: 'GM0014' }, 'GET', '/api/v1/rapportage')).status,
      ).toBe(403);
    });

    it('409 with the existing id for the same KvK number again', async () => {
      const werkgever = examples.find((e) => e.name === 'werkgever')!;
      const again = await client.send(werkgeversteam, 'POST', werkgever.path, fillIn(werkgever, values).body);
      expect(again.status).toBe(409);
      expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(again.body)).toContain(values.get('werkgeverId'));
    });

    it('409 for a step on the closed traject', async () => {
      const stap = await client.send(consulent(), 'POST', `/api/v1/trajecten/${values.get('trajectId')}/stappen`, {
        stap: 'matchen',
        toelichting: 'na afsluiting',
      });
      expect(stap).toMatchObject({ status: 409, body: { status: 409 } });
    });

    it('412 for a step with a stale If-Match', async () => {
      const jan = answers.get('aanmelding without BSN')!.body;
      const zijnConsulent: Caller = { role: 'consulent', organisatie: jan.route.organisatie };
      const traject = await until(
        async () =>
          (await client.send(zijnConsulent, 'GET', `/api/v1/trajecten?inwonerId=${jan.inwonerId}`)).body?.items?.[0],
        'the second traject',
      );
      const gelezen = await client.send(zijnConsulent, 'GET', `/api/v1/trajecten/${traject.id}`);
      const etag = gelezen.headers.get('etag')!;
      const naar = traject.huidigeStap === 'matchen' ? 'scholen' : 'matchen';
      const eerst = await client.send(
        zijnConsulent,
        'POST',
        `/api/v1/trajecten/${traject.id}/stappen`,
        { stap: naar, toelichting: 'eerste' },
        { 'If-Match': etag },
      );
      expect(eerst.status).toBe(200);
      const verouderd = await client.send(
        zijnConsulent,
        'POST',
        `/api/v1/trajecten/${traject.id}/stappen`,
        { stap: traject.huidigeStap, toelichting: 'tweede' },
        { 'If-Match': etag },
      );
      expect(verouderd).toMatchObject({ status: 412, body: { status: 412 } });
    }, 90_000);

    it('400 naming the field for a BSN that fails the elfproef', async () => {
      const aanmelding = examples.find((e) => e.name === 'aanmelding with BSN')!;
      const body = fillIn(aanmelding, new Map([...values, ['bsn', '123456789']])).body;
      const fout = await client.send({ role: 'frontoffice', organisatie: 'GM0014' }, 'POST', aanmelding.path, body);
      expect(fout.status).toBe(400);
      expect(fout.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/bsn$/) })]),
      );
    });
  });
});
