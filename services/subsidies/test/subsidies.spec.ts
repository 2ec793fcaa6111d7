import { SubsidiesTestApp } from './subsidies-test-app';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  AanmeldingAfgerond,
  DeclaratieIngediend,
  EVENT_EXAMPLES,
  EventData,
  kalenderdag,
  KOSTENSOORTEN,
  UITSLUITINGSREDENEN,
} from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { DeclaratieAccumulator, type DeclaratieResultaat } from '../src/modules/declaraties/domain';
import { scenarioArb } from '../src/modules/declaraties/domain/declaratie-geld.testdata';
import { DeclaratieSamensteller } from '../src/modules/declaraties/samenstellen/declaratie-samensteller';
import { KOSTENREGELS, KostenregelsPort } from '../src/modules/kostenregels/kostenregels.port';
import { DEELNEMERS, DeelnemersPort } from '../src/modules/deelnemers/deelnemers.port';
import { REGELINGEN, RegelingenPort } from '../src/modules/regelingen/regelingen.port';

const env = { DECLARATIE_DIRECT_MAX: '20' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('subsidies: schemes, cost lines, claims and exports', () => {
  const t = new SubsidiesTestApp(env);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const fin = () => t.as('financien', 'WIZ', 'controller-1');
  const binary = (r: import('supertest').Test) =>
    r.buffer(true).parse((res, cb) => {
      const c: Buffer[] = [];
      res.on('data', (d: Buffer) => c.push(d));
      res.on('end', () => cb(null, Buffer.concat(c)));
    });

  /** A participant as intake announces one (the register's only source of entry attributes). */
  const deelnemer = async (gemeentecode: string) => {
    const inwonerId = randomUUID();
    await publishTestEvent(
      t.nc,
      t.run,
      AanmeldingAfgerond,
      envelopeFor(AanmeldingAfgerond, {
        ...(EVENT_EXAMPLES.get(AanmeldingAfgerond.type) as EventData<typeof AanmeldingAfgerond>),
        aanmeldingId: randomUUID(),
        inwonerId,
        gemeentecode,
        organisatie: gemeentecode,
      }),
    );
    await eventually(async () =>
      expect(await t.query('SELECT 1 FROM deelnemers WHERE inwoner_id = $1', [inwonerId])).toHaveLength(1),
    );
    return inwonerId;
  };
  const regel = async (body: Record<string, unknown>) =>
    (
      await (
        await fin()
      )
        .post('/api/v1/kostenregels', { soort: 'begeleiding', omschrijving: 'coaching', datum: '2026-03-10', ...body })
        .expect(201)
    ).body.id as string;

  it('refuses bad schemes and cost lines with 400 naming the field, and other roles with 403', async () => {
    const f = await fin();
    const jtf = {
      code: 'JTFX',
      naam: 'JTF test',
      startdatum: '2026-01-01',
      einddatum: '2026-12-31',
      gemeentecodes: ['GM0014'],
      cofinancieringspercentage: 60,
    };
    expect(
      (await f.post('/api/v1/regelingen', { ...jtf, einddatum: '2025-12-31' }).expect(400)).body.errors[0].field,
    ).toBe('einddatum');
    expect(
      (await f.post('/api/v1/regelingen', { ...jtf, cofinancieringspercentage: 100.5 }).expect(400)).body.errors[0]
        .field,
    ).toBe('cofinancieringspercentage');
    await f.post('/api/v1/regelingen', jtf).expect(201);
    await f.post('/api/v1/regelingen', jtf).expect(409);
    await (await t.as('werkgeversteam')).post('/api/v1/regelingen', { ...jtf, code: 'ANDERS' }).expect(403);
    const line = { regelingCode: 'JTFX', soort: 'opleiding', datum: '2026-02-01', omschrijving: 'cursus' };
    expect(
      (await f.post('/api/v1/kostenregels', { ...line, bedragCenten: 12.5 }).expect(400)).body.errors[0].field,
    ).toBe('bedragCenten');
    expect((await f.post('/api/v1/kostenregels', { ...line, bedragCenten: -1 }).expect(400)).body.errors[0].field).toBe(
      'bedragCenten',
    );
    expect(
      (await f.post('/api/v1/kostenregels', { ...line, regelingCode: 'ONBEKEND', bedragCenten: 100 }).expect(400)).body
        .errors[0].field,
    ).toBe('regelingCode');
    await f
      .post('/api/v1/declaraties', { regelingCode: 'JTFX', periodeVan: '2027-01-01', periodeTot: '2027-03-31' })
      .expect(400);
    expect(
      (
        await f
          .post('/api/v1/declaraties', { regelingCode: 'JTFX', periodeVan: '2026-03-01', periodeTot: '2026-02-01' })
          .expect(400)
      ).body.errors[0].field,
    ).toBe('periodeTot');
  });

  it('compiles a claim with every exclusion reason, the flat rate and co-financing rounded down, then submits it once', async () => {
    const f = await fin();
    await f
      .post('/api/v1/regelingen', {
        code: 'JTF',
        naam: 'Just Transition Fund',
        startdatum: '2026-01-01',
        einddatum: '2026-06-30',
        gemeentecodes: ['GM0014', 'GM0114'],
        cofinancieringspercentage: 62.5,
        flatRatePercentage: 40,
      })
      .expect(201);
    await f
      .post('/api/v1/regelingen', {
        code: 'NPG',
        naam: 'Nationaal Programma Groningen',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 50,
      })
      .expect(201);
    const groningen = await deelnemer('GM0014');
    const amsterdam = await deelnemer('GM0363');
    const personeel = await regel({
      regelingCode: 'JTF',
      soort: 'personeel',
      uren: 7.5,
      uurtariefCenten: 4_567,
      inwonerId: groningen,
      bewijsstuk: 'urenstaat-1',
    }); // 34,252
    const opleiding = await regel({
      regelingCode: 'JTF',
      soort: 'opleiding',
      bedragCenten: 100_001,
      inwonerId: groningen,
      bewijsstuk: 'factuur-1',
    });
    const zonderDeelnemer = await regel({
      regelingCode: 'JTF',
      soort: 'materiaal',
      bedragCenten: 999,
      bewijsstuk: 'bon-1',
    });
    // The lines for the other reasons are staff costs: under the flat rate every other kind is covered by it.
    const buitenPeriode = await regel({
      regelingCode: 'JTF',
      soort: 'personeel',
      bedragCenten: 5_000,
      datum: '2026-07-15',
      bewijsstuk: 'factuur-2',
    });
    const buitenRegio = await regel({
      regelingCode: 'JTF',
      soort: 'personeel',
      bedragCenten: 5_000,
      inwonerId: amsterdam,
      bewijsstuk: 'factuur-3',
    });
    const geenBewijs = await regel({ regelingCode: 'JTF', soort: 'personeel', bedragCenten: 5_000 });
    const onvolledig = await regel({
      regelingCode: 'JTF',
      soort: 'personeel',
      bedragCenten: 5_000,
      inwonerId: randomUUID(),
      bewijsstuk: 'factuur-4',
    });
    // Double funding: the same invoice claimed under NPG first.
    await regel({ regelingCode: 'NPG', bedragCenten: 7_000, bewijsstuk: 'factuur-5' });
    const dubbel = await regel({ regelingCode: 'JTF', bedragCenten: 7_000, bewijsstuk: 'factuur-5' });
    const npg = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'NPG', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
        .expect(201)
    ).body;
    await f.post(`/api/v1/declaraties/${npg.id}/indiening`).expect(200);

    const claim = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'JTF', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
        .expect(201)
    ).body;
    expect(claim.status).toBe('concept');
    expect(new Set(claim.opgenomen)).toEqual(new Set([personeel]));
    expect(
      new Map(claim.uitgesloten.map((u: { kostenregelId: string; reden: string }) => [u.kostenregelId, u.reden])),
    ).toEqual(
      new Map([
        [buitenPeriode, 'buiten-periode'],
        [buitenRegio, 'buiten-regio'],
        [geenBewijs, 'geen-bewijsstuk'],
        [onvolledig, 'deelnemer-onvolledig'],
        [dubbel, 'dubbele-financiering'],
        // Art. 56: the flat rate on staff costs covers every other cost; claimed beside it they would count twice.
        [opleiding, 'gedekt-door-flat-rate'],
        [zonderDeelnemer, 'gedekt-door-flat-rate'],
      ]),
    );
    const direct = 34_252;
    const flat = Math.floor((direct * 40) / 100); // 13,700
    const subsidiabel = direct + flat;
    expect(claim).toMatchObject({
      subsidiabelCenten: subsidiabel,
      bijdrageCenten: Math.floor((subsidiabel * 625) / 1000),
    });
    expect(claim.indicatoren.deelnemers).toBe(1); // two lines of one person count once
    const aantallen = {
      opgenomen: 1,
      uitgesloten: {
        'gedekt-door-flat-rate': 2,
        'buiten-periode': 1,
        'buiten-regio': 1,
        'geen-bewijsstuk': 1,
        'deelnemer-onvolledig': 1,
        'dubbele-financiering': 1,
      },
    };
    expect(claim.aantallen).toEqual(aantallen);
    // Without its lines, for a screen that pages through them: the same claim, counts included.
    const { opgenomen: _o, uitgesloten: _u, ...zonderRegels } = claim;
    expect((await f.get(`/api/v1/declaraties/${claim.id}?regels=geen`).expect(200)).body).toEqual(zonderRegels);
    const metRegels = await f.get(`/api/v1/declaraties/${claim.id}?regels=alle`).expect(200);
    expect(metRegels.body).toEqual(claim);
    expect(metRegels.headers['content-length']).toBeDefined(); // a small claim is read at once, not streamed
    await f.get(`/api/v1/declaraties/${claim.id}?regels=sommige`).expect(400);

    await f.post(`/api/v1/declaraties/${claim.id}/indiening`).expect(200);
    await f.post(`/api/v1/declaraties/${claim.id}/indiening`).expect(409); // never twice; corrections go in a new claim
    await eventually(async () =>
      expect(
        (await t.published(DeclaratieIngediend)).map(
          (m) => m.json<{ data: { declaratieId: string } }>().data.declaratieId,
        ),
      ).toContain(claim.id),
    );

    // A later claim over the same period: the submitted lines, and lines reusing their documents, are al-gedeclareerd.
    const hergebruik = await regel({
      regelingCode: 'JTF',
      soort: 'personeel',
      bedragCenten: 34_252,
      inwonerId: groningen,
      bewijsstuk: 'urenstaat-1',
    });
    const again = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'JTF', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
        .expect(201)
    ).body;
    const reasons = new Map(
      again.uitgesloten.map((u: { kostenregelId: string; reden: string }) => [u.kostenregelId, u.reden]),
    );
    expect([reasons.get(personeel), reasons.get(opleiding), reasons.get(hergebruik)]).toEqual([
      'al-gedeclareerd',
      'gedekt-door-flat-rate',
      'al-gedeclareerd',
    ]);
    expect(again.opgenomen).toEqual([]);
    const audit = (await f.get(`/api/v1/declaraties/${claim.id}/audit`).expect(200)).body.items.map(
      (i: { actie: string }) => i.actie,
    );
    expect(audit).toEqual(['aangemaakt', 'samengesteld', 'ingediend']);
  });

  it('judges every line in SQL as the TypeScript rules do, with the same amounts (equivalence, random claims)', async () => {
    const kostenregels = t.app.get<KostenregelsPort>(KOSTENREGELS);
    const deelnemers = t.app.get<DeelnemersPort>(DEELNEMERS);
    const regelingen = t.app.get<RegelingenPort>(REGELINGEN);
    const samensteller = t.app.get(DeclaratieSamensteller);
    const db = t.app.get(DataSource);
    // Beyond the domain specs' scenarios: a bewijsstuk of only whitespace, and a registered participant whose
    // gemeente is unknown (empty), the two places where SQL and JavaScript could read "absent" differently. The
    // whitespace is every character JavaScript's trim removes (kostenregels.met_bewijsstuk must know them all).
    const witruimte = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c))
      .filter((c) => c.trim() === '')
      .join('');
    const arb = scenarioArb.chain((s) =>
      fc
        .record({
          blanco: fc.subarray(s.regels.map((r) => r.id)),
          zonderGemeente: fc.subarray(s.deelnemers.flatMap((d) => (d ? [d.inwonerId] : []))),
        })
        .map((x) => ({ ...s, ...x })),
    );
    const gezien = new Set<string>();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(arb, async (s) => {
        run += 1;
        const code = `EQ${run}`;
        const ander = `EQX${run}`;
        const regelingCode = (c: string) => (c === 'JTF' ? code : ander);
        const id = new Map<string, string>();
        const uuid = (x: string) => id.get(x) ?? id.set(x, randomUUID()).get(x)!;
        const stuk = (b: string | undefined, regelId?: string) =>
          regelId && s.blanco.includes(regelId) ? witruimte : b === undefined ? null : `${code}-${b}`;
        for (const c of [code, ander])
          await t.query(
            `INSERT INTO regelingen (code, naam, startdatum, einddatum, gemeentecodes, cofinancieringspercentage, flat_rate_percentage, kostensoorten)
             VALUES ($1, 'eq', '2026-01-01', '2026-06-30', '{GM0014,GM0114}', $2, $3, $4)`,
            [c, s.pct.cofBp / 100, s.pct.flatBp === undefined ? null : s.pct.flatBp / 100, KOSTENSOORTEN],
          );
        for (const d of s.deelnemers.filter((x) => x !== undefined))
          await t.query(
            `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, arbeidsmarktstatus, leeftijdsband, opleidingsniveau, geslacht, arbeidsbeperking)
             VALUES ($1, $2, '2025-06-01', $3, $4, $5, $6, $7)`,
            [
              uuid(d.inwonerId),
              s.zonderGemeente.includes(d.inwonerId) ? '' : d.gemeentecode,
              d.arbeidsmarktstatus ?? null,
              d.leeftijdsband ?? null,
              d.opleidingsniveau ?? null,
              d.geslacht ?? null,
              d.arbeidsbeperking ?? false,
            ],
          );
        const regel = (
          r: {
            id: string;
            code: string;
            inwonerId?: string;
            soort: string;
            bedrag: number;
            datum: string;
            stuk: string | null;
          },
          organisatie: string,
        ) =>
          t.query(
            `INSERT INTO kostenregels (id, regeling_code, inwoner_id, soort, bedrag_centen, datum, omschrijving, bewijsstuk, organisatie)
             VALUES ($1, $2, $3, $4, $5, $6, 'eq', $7, $8)`,
            [r.id, r.code, r.inwonerId ?? null, r.soort, r.bedrag, r.datum, r.stuk, organisatie],
          );
        for (const r of s.regels)
          await regel(
            {
              id: uuid(r.id),
              code,
              inwonerId: r.inwonerId && uuid(r.inwonerId),
              soort: r.soort,
              bedrag: r.bedragCenten,
              datum: r.datum,
              stuk: stuk(r.bewijsstuk, r.id),
            },
            'EQORG',
          );
        // Earlier claims: a submitted claim holding some of the candidates, and lines of other organisations
        // submitted under this or another regeling with a bewijsstuk the candidates share.
        const vorige = randomUUID();
        await t.query(
          `INSERT INTO declaraties (id, regeling_code, periode_van, periode_tot, status, aangemaakt_door, organisatie) VALUES ($1, $2, '2025-01-01', '2025-12-31', 'ingediend', 'eq', 'EQORG')`,
          [vorige, code],
        );
        const ingediend = (regelId: string, c: string, b: string | null) =>
          t.query(
            'INSERT INTO ingediende_kostenregels (kostenregel_id, declaratie_id, regeling_code, bewijsstuk) VALUES ($1, $2, $3, $4)',
            [regelId, vorige, c, b],
          );
        for (const r of s.regels.filter((x) => s.ingediendeIds.includes(x.id)))
          await ingediend(uuid(r.id), code, stuk(r.bewijsstuk, r.id));
        for (const [b, codes] of Object.entries(s.ingediendeBewijsstukken))
          for (const c of codes) {
            const andere = randomUUID();
            await regel(
              { id: andere, code: regelingCode(c), soort: 'materiaal', bedrag: 1, datum: '2026-03-15', stuk: stuk(b) },
              'ANDERE',
            );
            await ingediend(andere, regelingCode(c), stuk(b));
          }

        // The specification: the domain's accumulator over the inputs as the repositories load them.
        const k = { regelingCode: code, periodeVan: '2025-12-01', periodeTot: '2026-07-31', organisatie: 'EQORG' };
        const regeling = (await regelingen.voorDeclaratie(code))!;
        const vandaag = kalenderdag(new Date());
        const peildatum = k.periodeTot < vandaag ? k.periodeTot : vandaag;
        const verwacht = await db.transaction(async (m): Promise<DeclaratieResultaat> => {
          const acc = new DeclaratieAccumulator(
            regeling,
            await deelnemers.lees(m, await kostenregels.inwonerIds(m, k)),
            await kostenregels.ingediend(m, k),
            undefined,
            peildatum,
          );
          for await (const regels of kostenregels.kandidaten(m, k, 64)) for (const r of regels) acc.voegToe(r);
          return acc.resultaat();
        });

        // The compile path: the set-based judge in PostgreSQL.
        const claim = randomUUID();
        await t.query(
          `INSERT INTO declaraties (id, regeling_code, periode_van, periode_tot, status, aangemaakt_door, organisatie) VALUES ($1, $2, $3, $4, 'in-bewerking', 'eq', 'EQORG')`,
          [claim, code, k.periodeVan, k.periodeTot],
        );
        await samensteller.compileer(claim);
        const rijen: { kostenregel_id: string; reden: string | null }[] = await t.query(
          'SELECT kostenregel_id, reden FROM declaratie_regels WHERE declaratie_id = $1',
          [claim],
        );
        const [{ resultaat }] = await t.query('SELECT resultaat FROM declaraties WHERE id = $1', [claim]);

        const perRegel = (paren: [string, string | null][]) =>
          new Map([...paren].sort(([a], [b]) => a.localeCompare(b)));
        const verwachtPerRegel = perRegel([
          ...verwacht.opgenomen.map((x): [string, null] => [x, null]),
          ...verwacht.uitgesloten.map((u): [string, string] => [u.kostenregelId, u.reden]),
        ]);
        expect(perRegel(rijen.map((r) => [r.kostenregel_id, r.reden]))).toEqual(verwachtPerRegel);
        const { opgenomen: _o, uitgesloten: _u, ...samenvatting } = verwacht;
        expect(resultaat).toEqual(JSON.parse(JSON.stringify(samenvatting)));
        for (const reden of verwachtPerRegel.values()) gezien.add(reden ?? 'opgenomen');
      }),
      // Each run writes to PostgreSQL, so shrinking would outlast the test's time: the first counterexample is shown.
      // A fixed seed: the claims are random but the same in every run, so the check below that they reached every
      // verdict cannot fail by chance (a clean-clone CI run's random seed once reached all but buiten-regio). 160
      // runs: a line is covered by the flat rate only when it passes every other rule, which few random lines do.
      { numRuns: 160, endOnFailure: true, seed: 20_261_203 },
    );
    // The random claims reached every verdict, so a wrong branch of the judge could not hide.
    expect([...gezien].sort()).toEqual([...UITSLUITINGSREDENEN, 'opgenomen'].sort());
  });

  it('never lets two claims submitted at the same moment share a cost line', async () => {
    const f = await fin();
    await f
      .post('/api/v1/regelingen', {
        code: 'RACE',
        naam: 'r',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 50,
      })
      .expect(201);
    for (let i = 0; i < 5; i++) await regel({ regelingCode: 'RACE', bedragCenten: 1_000 + i, bewijsstuk: `race-${i}` });
    const a = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'RACE', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
        .expect(201)
    ).body;
    const b = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'RACE', periodeVan: '2026-01-01', periodeTot: '2026-06-30' })
        .expect(201)
    ).body;
    expect(a.opgenomen).toHaveLength(5);
    const statuses = (
      await Promise.all([
        f.post(`/api/v1/declaraties/${a.id}/indiening`),
        f.post(`/api/v1/declaraties/${b.id}/indiening`),
      ])
    )
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 409]);
    const [{ n, claims }] = await t.query(
      `SELECT count(*)::int AS n, count(DISTINCT declaratie_id)::int AS claims FROM ingediende_kostenregels WHERE regeling_code = 'RACE'`,
    );
    expect([n, claims]).toEqual([5, 1]);
  });

  it('refuses to submit a claim whose supporting document was submitted since it was compiled, in this fund or another', async () => {
    const f = await fin();
    for (const code of ['DUBA', 'DUBB'])
      await f
        .post('/api/v1/regelingen', {
          code,
          naam: code,
          startdatum: '2026-01-01',
          einddatum: '2026-12-31',
          gemeentecodes: ['GM0014'],
          cofinancieringspercentage: 50,
        })
        .expect(201);
    // The same invoice recorded under two funds, and again under the first for another quarter.
    const inA = await regel({ regelingCode: 'DUBA', bedragCenten: 2_000, datum: '2026-02-10', bewijsstuk: 'dub-5' });
    const inB = await regel({ regelingCode: 'DUBB', bedragCenten: 2_000, datum: '2026-02-10', bewijsstuk: 'dub-5' });
    const laterA = await regel({ regelingCode: 'DUBA', bedragCenten: 2_000, datum: '2026-05-10', bewijsstuk: 'dub-5' });
    const claim = async (regelingCode: string, periodeVan = '2026-01-01', periodeTot = '2026-03-31') =>
      (await f.post('/api/v1/declaraties', { regelingCode, periodeVan, periodeTot }).expect(201)).body;
    const a = await claim('DUBA');
    const b = await claim('DUBB');
    const a2 = await claim('DUBA', '2026-04-01', '2026-06-30');
    // Compiled while nothing was submitted: each includes its line.
    expect([a.opgenomen, b.opgenomen, a2.opgenomen]).toEqual([[inA], [inB], [laterA]]);
    await f.post(`/api/v1/declaraties/${b.id}/indiening`).expect(200);
    for (const d of [a, a2]) {
      const fout = await f.post(`/api/v1/declaraties/${d.id}/indiening`).expect(409);
      expect(fout.headers['content-type']).toContain('application/problem+json');
      expect((await f.get(`/api/v1/declaraties/${d.id}`).expect(200)).body.status).toBe('concept');
    }
    expect(await t.query(`SELECT 1 FROM ingediende_kostenregels WHERE regeling_code = 'DUBA'`)).toEqual([]);
    // Compiled again, the line is what it now is: double funding.
    expect((await claim('DUBA')).uitgesloten).toEqual([{ kostenregelId: inA, reden: 'dubbele-financiering' }]);
  });

  it('answers a claim sent with an Idempotency-Key with the compiled claim, and its replay with the same', async () => {
    const f = await fin();
    await f
      .post('/api/v1/regelingen', {
        code: 'IDEM',
        naam: 'i',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 50,
      })
      .expect(201);
    for (let i = 0; i < 3; i++) await regel({ regelingCode: 'IDEM', bedragCenten: 2_000 + i, bewijsstuk: `idem-${i}` });
    const aanvraag = { regelingCode: 'IDEM', periodeVan: '2026-01-01', periodeTot: '2026-12-31' };
    const eerste = await f.post('/api/v1/declaraties', aanvraag).set('Idempotency-Key', 'claim-idem-1').expect(201);
    expect(eerste.body).toMatchObject({ regelingCode: 'IDEM', status: 'concept' });
    expect(eerste.body.opgenomen).toHaveLength(3);
    const nogmaals = await f.post('/api/v1/declaraties', aanvraag).set('Idempotency-Key', 'claim-idem-1').expect(201);
    expect(nogmaals.body).toEqual(eerste.body);
    const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM declaraties WHERE regeling_code = 'IDEM'`);
    expect(n).toBe(1);
  });

  it('compiles a large claim as a job with visible progress', async () => {
    const f = await fin();
    await f
      .post('/api/v1/regelingen', {
        code: 'GROOT',
        naam: 'g',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 60,
      })
      .expect(201);
    const csv = [
      'regelingCode,soort,bedragCenten,datum,omschrijving,bewijsstuk',
      ...Array.from({ length: 25 }, (_, i) => `GROOT,materiaal,${100 + i},2026-04-01,item ${i},bon-groot-${i}`),
    ].join('\n');
    expect(
      (await f.post('/api/v1/kostenregels/import').set('Content-Type', 'text/csv').send(csv).expect(201)).body,
    ).toEqual({ aantal: 25 });
    const started = await f
      .post('/api/v1/declaraties', { regelingCode: 'GROOT', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
      .expect(202);
    expect(started.body).toMatchObject({ status: 'in-bewerking', voortgang: 0 });
    const done = await eventually(async () => {
      const d = (await f.get(`/api/v1/declaraties/${started.body.id}`).expect(200)).body;
      expect(d.status).toBe('concept');
      return d;
    }, 20_000);
    expect(done.voortgang).toBe(100);
    expect(done.opgenomen).toHaveLength(25);
    expect(done.subsidiabelCenten).toBe(Array.from({ length: 25 }, (_, i) => 100 + i).reduce((a, b) => a + b, 0));

    // The exports parse back to the same totals.
    const xlsx = await binary(f.get(`/api/v1/declaraties/${done.id}/export?formaat=xlsx`)).expect(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const lines = wb.getWorksheet('Kostenregels')!;
    let sum = 0;
    lines.eachRow((row, i) => {
      if (i > 1) sum += Number(row.getCell(4).value);
    });
    expect([lines.rowCount - 1, sum]).toEqual([25, done.subsidiabelCenten]);
    expect(wb.getWorksheet('Uitsluitingen')).toBeDefined();
    expect(wb.getWorksheet('Indicatoren')).toBeDefined();
    const csvOut = await f.get(`/api/v1/declaraties/${done.id}/export?formaat=csv`).expect(200);
    expect(csvOut.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse<{ opgenomen: string; bedragCenten: string }>(csvOut.text, { columns: true });
    expect(rows.filter((r) => r.opgenomen === 'true').reduce((a, r) => a + Number(r.bedragCenten), 0)).toBe(
      done.subsidiabelCenten,
    );
    const pdf = await binary(f.get(`/api/v1/declaraties/${done.id}/export?formaat=pdf`)).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    await f.get(`/api/v1/declaraties/${done.id}/export?formaat=docx`).expect(400);
  });

  it('imports all or nothing, naming the bad row, and refuses files that are not CSV or XLSX with 415', async () => {
    const f = await fin();
    await f
      .post('/api/v1/regelingen', {
        code: 'IMP',
        naam: 'i',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 60,
      })
      .expect(201);
    const csv = [
      'regelingCode,soort,bedragCenten,datum,omschrijving',
      'IMP,materiaal,100,2026-04-01,a',
      'IMP,materiaal,12,5,2026-04-01,b',
      'IMP,materiaal,300,2026-04-01,c',
    ].join('\n');
    const bad = await f
      .post('/api/v1/kostenregels/import')
      .set('Content-Type', 'text/csv')
      .send(
        [
          'regelingCode,soort,bedragCenten,datum,omschrijving',
          'IMP,materiaal,100,2026-04-01,a',
          'IMP,materiaal,-5,2026-04-01,b',
          'IMP,materiaal,300,2026-13-01,c',
        ].join('\n'),
      )
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['rij 3.bedragCenten', 'rij 4.datum']);
    expect((await t.query(`SELECT count(*)::int AS n FROM kostenregels WHERE regeling_code = 'IMP'`))[0].n).toBe(0);
    await f.post('/api/v1/kostenregels/import').set('Content-Type', 'text/csv').send(csv).expect(400); // a stray comma: bad row, nothing in
    expect((await t.query(`SELECT count(*)::int AS n FROM kostenregels WHERE regeling_code = 'IMP'`))[0].n).toBe(0);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kosten');
    ws.addRow(['regelingCode', 'soort', 'bedragCenten', 'datum', 'omschrijving', 'bewijsstuk']);
    ws.addRow(['IMP', 'opleiding', 2500, '2026-05-01', 'cursus', 'f-1']);
    ws.addRow(['IMP', 'opleiding', 3500, '2026-05-02', 'cursus', 'f-2']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await f.post('/api/v1/kostenregels/import').set('Content-Type', XLSX).send(xlsx).expect(201)).body).toEqual(
      { aantal: 2 },
    );
    await f
      .post('/api/v1/kostenregels/import')
      .set('Content-Type', 'application/pdf')
      .send(Buffer.from('%PDF-1.4'))
      .expect(415);
    await f.post('/api/v1/kostenregels/import').send({ regels: [] }).expect(415);
  });
});
