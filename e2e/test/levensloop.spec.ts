import { connect } from '@nats-io/transport-node';
import { readStream, ServiceProcess, startServices, TestRun } from '@wiz/platform/testing';
import { SERVICE_NAMES } from '@wiz/platform';
import { kalenderdag } from '@wiz/contracts';

/**
 * One person, through all four services running as separate processes (as `npm start` runs them): intake →
 * trajecten (steps, an activity) → werkgevers (a placement) → trajecten (the duurzaamheidscheck, seconds long
 * here) → subsidies (a submitted JTF claim with this person's cost line), checking each service's view on the way.
 */
describe('one person from intake to a submitted JTF claim', () => {
  const run = new TestRun({ DUURZAAMHEIDSCHECK_NA: 'PT2S', OPVOLGING_RECONCILE_MS: '1000' });
  let services: ServiceProcess[] = [];
  const url = (name: string) => services.find((s) => s.name === name)!.url;

  beforeAll(async () => {
    services = await startServices(run, SERVICE_NAMES);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await run.cleanup();
  });

  const call = async (
    service: string,
    role: string,
    organisatie: string,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const token = await run.token({ role: role as never, organisatie });
    const res = await fetch(`${url(service)}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const until = async <T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await check();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  it('walks the whole way', async () => {
    const vandaag = kalenderdag(new Date());
    // Intake: a WW recipient in Groningen is routed to UWV, step Matchen.
    const aanmelding = await call('intake', 'frontoffice', 'GM0014', 'POST', '/api/v1/aanmeldingen', {
      kanaal: 'balie',
      inwoner: {
        bsn: '555123455',
        voornaam: 'Sanne',
        achternaam: 'Jansen',
        geboortedatum: '1988-05-17',
        postcode: '9712CD',
        huisnummer: '3',
        gemeentecode: 'GM0014',
      },
      situatie: {
        uitkering: 'ww',
        werkend: false,
        zzp: false,
        arbeidsbeperking: false,
        statushouder: false,
        startkwalificatie: true,
        participatieladder: 4,
      },
      hulpvraag: 'Ik wil de zorg in',
    });
    expect(aanmelding.status).toBe(201);
    expect(aanmelding.body.route).toMatchObject({ stap: 'matchen', organisatie: 'UWV' });
    const { inwonerId } = aanmelding.body;

    // Trajecten: the UWV consulent finds the traject, steps back to ontwikkelen for a course, and forward again.
    const traject = await until(
      async () =>
        (await call('trajecten', 'consulent', 'UWV', 'GET', `/api/v1/trajecten?inwonerId=${inwonerId}`)).body
          ?.items?.[0],
      'the traject',
    );
    expect(traject.huidigeStap).toBe('matchen');
    expect(
      (
        await call('trajecten', 'consulent', 'UWV', 'POST', `/api/v1/trajecten/${traject.id}/stappen`, {
          stap: 'ontwikkelen',
          toelichting: 'eerst Kansrijk Opleiden zorg',
        })
      ).status,
    ).toBe(200);
    const activiteit = await call(
      'trajecten',
      'consulent',
      'UWV',
      'POST',
      `/api/v1/trajecten/${traject.id}/activiteiten`,
      { soort: 'kansrijk-opleiden', startdatum: vandaag },
    );
    expect(
      (
        await call(
          'trajecten',
          'consulent',
          'UWV',
          'POST',
          `/api/v1/trajecten/${traject.id}/activiteiten/${activiteit.body.id}/afronding`,
          { resultaat: 'behaald', datum: vandaag },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await call('trajecten', 'consulent', 'UWV', 'POST', `/api/v1/trajecten/${traject.id}/stappen`, {
          stap: 'matchen',
          toelichting: 'diploma gehaald',
        })
      ).status,
    ).toBe(200);

    // Werkgevers: an employer, a vacancy, and the placement once werkgevers sees the traject back in Matchen.
    const werkgever = await call('werkgevers', 'werkgeversteam', 'WIZ', 'POST', '/api/v1/werkgevers', {
      kvkNummer: '87654321',
      naam: 'Zorggroep Stad',
      gemeentecode: 'GM0014',
      sbiCode: '8710',
    });
    const vacature = await call(
      'werkgevers',
      'werkgeversteam',
      'WIZ',
      'POST',
      `/api/v1/werkgevers/${werkgever.body.id}/vacatures`,
      { titel: 'Helpende zorg', urenPerWeek: 28, aantal: 1, skills: ['persoonlijke-verzorging'] },
    );
    await until(
      async () =>
        (await call('werkgevers', 'werkgeversteam', 'WIZ', 'GET', `/api/v1/vacatures/${vacature.body.id}/kandidaten`))
          .body.items.length > 0
          ? true
          : undefined,
      'the candidate in werkgevers',
    );
    const plaatsing = await call('werkgevers', 'werkgeversteam', 'WIZ', 'POST', '/api/v1/plaatsingen', {
      trajectId: traject.id,
      werkgeverId: werkgever.body.id,
      vacatureId: vacature.body.id,
      startdatum: vandaag,
      urenPerWeek: 28,
      contractvorm: 'vast',
    });
    expect(plaatsing.status).toBe(201);

    // Trajecten: the duurzaamheidscheck comes due (PT2S here, P6M in production) and the consulent records it.
    const check = await until(
      async () =>
        (
          await call(
            'trajecten',
            'consulent',
            'UWV',
            'GET',
            `/api/v1/opvolgingen?soort=duurzaamheidscheck&status=open&trajectId=${traject.id}`,
          )
        ).body.items[0],
      'the duurzaamheidscheck',
    );
    expect(check.plaatsingId).toBe(plaatsing.body.id);
    expect(
      (
        await call('trajecten', 'consulent', 'UWV', 'POST', `/api/v1/opvolgingen/${check.id}/uitkomst`, {
          inDienst: true,
          urenPerWeek: 28,
        })
      ).body,
    ).toEqual({ duurzaam: true });
    const monitor = (await call('trajecten', 'monitor', 'WIZ', 'GET', '/api/v1/monitor?gemeentecode=GM0014')).body;
    expect(monitor).toMatchObject({
      inwonersEenStapVooruit: 1,
      kansrijkOpleiden: 1,
      plaatsingen: 1,
      duurzamePlaatsingen: 1,
    });

    // Subsidies: a JTF scheme, this person's coaching costs, a claim with the person's ESF+ results, submitted.
    const jaar = vandaag.slice(0, 4);
    expect(
      (
        await call('subsidies', 'financien', 'WIZ', 'POST', '/api/v1/regelingen', {
          code: 'JTF',
          naam: 'Just Transition Fund',
          startdatum: `${jaar}-01-01`,
          einddatum: `${jaar}-12-31`,
          gemeentecodes: ['GM0014'],
          cofinancieringspercentage: 60,
        })
      ).status,
    ).toBe(201);
    const kosten = await call('subsidies', 'financien', 'WIZ', 'POST', '/api/v1/kostenregels', {
      regelingCode: 'JTF',
      inwonerId,
      soort: 'begeleiding',
      bedragCenten: 125_000,
      datum: vandaag,
      omschrijving: 'jobcoaching',
      bewijsstuk: 'factuur-2026-001',
    });
    const declaratie = await until(async () => {
      const d = await call('subsidies', 'financien', 'WIZ', 'POST', '/api/v1/declaraties', {
        regelingCode: 'JTF',
        periodeVan: `${jaar}-01-01`,
        periodeTot: `${jaar}-12-31`,
      });
      // Until subsidies has this person in its register (events arrive asynchronously) the line is excluded.
      return d.body.opgenomen?.includes(kosten.body.id) && d.body.indicatoren.duurzaamGeplaatst === 1
        ? d.body
        : undefined;
    }, 'the claim with the participant known');
    expect(declaratie).toMatchObject({ status: 'concept', subsidiabelCenten: 125_000, bijdrageCenten: 75_000 });
    // Still in her traject: no ESF+ results on leaving yet; the region's duurzaam is reported on its own.
    expect(declaratie.indicatoren).toMatchObject({
      deelnemers: 1,
      duurzaamGeplaatst: 1,
      resultaten: { uitgestroomd: 0, werkBinnenVierWeken: 0, werkNaZesMaanden: 0 },
    });
    expect(
      (await call('subsidies', 'financien', 'WIZ', 'POST', `/api/v1/declaraties/${declaratie.id}/indiening`)).body,
    ).toMatchObject({ status: 'ingediend' });
  }, 120_000);

  it("keeps the person's BSN, name, birth date and address out of events, logs, metrics and error bodies", async () => {
    const persoonlijk = ['555123455', 'Sanne', 'Jansen', '1988-05-17', '9712CD', '9712 CD'];
    // Error bodies: requests that carry personal data and are refused must not echo it back.
    const fout = [
      await call('intake', 'frontoffice', 'GM0014', 'POST', '/api/v1/aanmeldingen', {
        kanaal: 'balie',
        inwoner: {
          bsn: '555123455',
          voornaam: 'Sanne',
          achternaam: 'Jansen',
          geboortedatum: '1988-05-17',
          postcode: '9712 CD!',
          huisnummer: '3',
          gemeentecode: 'Groningen',
        },
        situatie: { uitkering: 'ww' },
        hulpvraag: 'Ik wil de zorg in',
      }),
      await call('intake', 'frontoffice', 'GM0014', 'POST', '/api/v1/aanmeldingen', {
        inwoner: { bsn: '555123456', voornaam: 'Sanne' },
      }),
      await call('intake', 'frontoffice', 'GM0014', 'GET', '/api/v1/inwoners/555123455'),
      await call('intake', 'consulent', 'GM0014', 'POST', '/api/v1/inwoners/_zoek', { bsn: '555123455' }),
    ];
    expect(fout.map((r) => r.status)).toEqual([400, 400, 400, 403]);
    const errorBodies = JSON.stringify(fout.map((r) => r.body));
    expect(errorBodies).toContain('"status":400');

    // Events: every message of this run's stream, of every type.
    const nc = await connect({ servers: run.env.NATS_URL });
    const events = (await readStream(nc, run.env.NATS_STREAM!, `${run.env.NATS_SUBJECT_PREFIX}>`)).map((m) =>
      m.string(),
    );
    await nc.close();
    expect(events.length).toBeGreaterThanOrEqual(8);
    expect(events.join('\n')).toContain('aanmelding-afgerond');

    // Metrics and logs of all four services (logging at info level, as in production).
    const metrics = await Promise.all(services.map(async (s) => (await fetch(`${s.url}/metrics`)).text()));
    expect(metrics.join('\n')).toContain('http_request');
    const logs = services.map((s) => s.output.join('')).join('\n');
    expect(logs).toContain('event applied');

    for (const [waar, tekst] of [
      ['error bodies', errorBodies],
      ['events', events.join('\n')],
      ['metrics', metrics.join('\n')],
      ['logs', logs],
    ] as const) {
      for (const p of persoonlijk)
        expect({ waar, gevonden: tekst.includes(p) ? p : undefined }).toEqual({ waar, gevonden: undefined });
    }
  }, 60_000);
});
