import { SubsidiesTestApp } from './subsidies-test-app';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { AanmeldingAfgerond, EventData, EVENT_EXAMPLES } from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { DeelnemersregisterHandlers } from '../src/modules/deelnemers/events/deelnemersregister.handlers';
import { PlaatsingenHandlers } from '../src/modules/deelnemers/events/plaatsingen.handlers';
import { leesDeelnemers } from '../src/modules/deelnemers/database/deelnemers-lezer';
import { DeelnemerRepository } from '../src/modules/deelnemers/database/deelnemer.repository';
import { IndicatorTeller } from '../src/modules/declaraties/domain';
import { gebeurtenissen, Gebeurtenis, scenarioArb } from './deelnemersregister.events';

describe('subsidies: the ESF+ participant register from events', () => {
  const t = new SubsidiesTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const publiceer = (g: Gebeurtenis) => publishTestEvent(t.nc, t.run, g.definitie, envelopeFor(g.definitie, g.data));

  it('stores the optional ESF+ attributes, null when intake left them out', async () => {
    const voorbeeld = EVENT_EXAMPLES.get(AanmeldingAfgerond.type) as EventData<typeof AanmeldingAfgerond>;
    const [met, zonder] = [randomUUID(), randomUUID()];
    const {
      langdurigWerkloos: _l,
      derdelander: _d,
      migratieachtergrond: _m,
      minderheid: _mi,
      dakloos: _da,
      platteland: _p,
      ...kaal
    } = voorbeeld.deelnemer;
    const aanmelding = (inwonerId: string, deelnemer: object) => ({
      definitie: AanmeldingAfgerond,
      data: { ...voorbeeld, aanmeldingId: randomUUID(), inwonerId, deelnemer },
    });
    await publiceer(
      aanmelding(met, {
        ...kaal,
        arbeidsmarktstatus: 'werkloos',
        langdurigWerkloos: true,
        derdelander: false,
        migratieachtergrond: true,
        minderheid: false,
        dakloos: false,
        platteland: true,
      }),
    );
    await publiceer(aanmelding(zonder, kaal));
    const rijen = await eventually(async () => {
      const r = await t.query(
        'SELECT inwoner_id, langdurig_werkloos, derdelander, migratieachtergrond, minderheid, dakloos, platteland FROM deelnemers WHERE inwoner_id = ANY($1)',
        [[met, zonder]],
      );
      expect(r).toHaveLength(2);
      return new Map(r.map(({ inwoner_id, ...rest }) => [inwoner_id, rest]));
    });
    expect(rijen.get(met)).toEqual({
      langdurig_werkloos: true,
      derdelander: false,
      migratieachtergrond: true,
      minderheid: false,
      dakloos: false,
      platteland: true,
    });
    expect(rijen.get(zonder)).toEqual({
      langdurig_werkloos: null,
      derdelander: null,
      migratieachtergrond: null,
      minderheid: null,
      dakloos: null,
      platteland: null,
    });
  });

  it('counts 12 hours six months after leaving as ESF+ employment in a claim, not as duurzaam, with the end arriving before the start', async () => {
    const inwonerId = randomUUID();
    const scenario = {
      status: 'werkloos' as const,
      langdurigWerkloos: true,
      reden: 'anders' as const,
      kwalificatie: undefined,
      plaatsingen: [
        {
          start: 21,
          duur: undefined,
          uren: 12,
          contractvorm: 'tijdelijk' as const,
          meerUren: undefined,
          check: { inDienst: true, duurzaam: false },
        },
        { start: 5, duur: 60, uren: 32, contractvorm: 'vast' as const, meerUren: undefined, check: undefined },
      ],
    };
    // The ending of the second placement first, then everything else.
    const lijst = gebeurtenissen(scenario, inwonerId);
    const einde = lijst.findIndex((g) => g.definitie.type.endsWith('plaatsing-beeindigd.v1'));
    for (const g of [lijst[einde], ...lijst.filter((_, i) => i !== einde)]) await publiceer(g);
    await eventually(async () =>
      expect(
        await t.query('SELECT 1 FROM deelnemer_duurzaamheidschecks WHERE inwoner_id = $1', [inwonerId]),
      ).toHaveLength(1),
    );
    await eventually(async () =>
      expect(
        await t.query(
          'SELECT 1 FROM deelnemer_plaatsingen WHERE inwoner_id = $1 AND startdatum IS NOT NULL AND (contractvorm <> $2 OR einddatum IS NOT NULL)',
          [inwonerId, 'vast'],
        ),
      ).toHaveLength(2),
    );
    await eventually(async () =>
      expect(
        await t.query(
          'SELECT 1 FROM deelnemers d JOIN deelnemer_afsluitingen a USING (inwoner_id) WHERE inwoner_id = $1',
          [inwonerId],
        ),
      ).toHaveLength(1),
    );

    const f = await t.as('financien', 'GM0014');
    await f
      .post('/api/v1/regelingen', {
        code: 'ESF25',
        naam: 'ESF+ 2025',
        startdatum: '2025-01-01',
        einddatum: '2025-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 50,
      })
      .expect(201);
    await f
      .post('/api/v1/kostenregels', {
        regelingCode: 'ESF25',
        inwonerId,
        soort: 'begeleiding',
        bedragCenten: 10_000,
        datum: '2025-04-01',
        omschrijving: 'coaching',
        bewijsstuk: 'f-esf-1',
      })
      .expect(201);
    const claim = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'ESF25', periodeVan: '2025-01-01', periodeTot: '2025-12-31' })
        .expect(201)
    ).body;
    expect(claim.indicatoren).toMatchObject({
      deelnemers: 1,
      perArbeidsmarktstatus: { werkloos: 1, 'langdurig-werkloos': 1 },
      resultaten: {
        uitgestroomd: 1,
        werkBinnenVierWeken: 1,
        werkzoekend: 0,
        werkNaZesMaanden: 1,
        verbeterdeSituatieNaZesMaanden: 1,
      },
      nogNietBekend: { binnenVierWeken: 0, naZesMaanden: 0 },
      duurzaamGeplaatst: 0,
    });
  });

  /** Calls the register's handlers directly (the same code the consumers run) so a property can try many orders. */
  async function speel(lijst: Gebeurtenis[]): Promise<void> {
    const register = t.app.get(DeelnemersregisterHandlers);
    const plaatsingen = t.app.get(PlaatsingenHandlers);
    const m = t.app.get(DataSource).manager;
    const handler: Record<string, (e: any, m: any) => Promise<void>> = {
      'aanmelding-afgerond': (e, x) => register.aanmelding(e, x),
      'traject-gestart': (e, x) => register.trajectGestart(e, x),
      'traject-afgesloten': (e, x) => register.afgesloten(e, x),
      'activiteit-afgerond': (e, x) => register.activiteit(e, x),
      'duurzaamheid-vastgesteld': (e, x) => register.duurzaamheid(e, x),
      'plaatsing-gerealiseerd': (e, x) => plaatsingen.gerealiseerd(e, x),
      'plaatsing-beeindigd': (e, x) => plaatsingen.beeindigd(e, x),
      'plaatsing-uren-gewijzigd': (e, x) => plaatsingen.urenGewijzigd(e, x),
    };
    for (const g of lijst) await handler[g.definitie.name](envelopeFor(g.definitie, g.data), m);
  }

  const indicatorenVan = async (inwonerId: string, peildatum: string) => {
    const deelnemers = await leesDeelnemers((sql, p) => t.query(sql, p), 'SELECT $1::uuid', [inwonerId]);
    const teller = new IndicatorTeller(peildatum);
    teller.tel(deelnemers.get(inwonerId)!);
    return teller.resultaat();
  };

  it('gives the same indicators whatever the order of the same events, and whatever is delivered twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenarioArb,
        fc.array(fc.double({ noNaN: true }), { minLength: 20, maxLength: 20 }),
        fc.nat(19),
        fc.constantFrom('2025-06-30', '2025-12-31', '2026-06-30'),
        async (s, sleutels, dubbel, peildatum) => {
          const [eerste, tweede] = [randomUUID(), randomUUID()];
          const opVolgorde = gebeurtenissen(s, eerste);
          // The same scenario for a second person, shuffled, with one event delivered again somewhere.
          const geschud = gebeurtenissen(s, tweede)
            .map((g, i) => ({ g, k: sleutels[i] }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.g);
          geschud.splice(dubbel % (geschud.length + 1), 0, geschud[dubbel % geschud.length]);
          await speel(opVolgorde);
          await speel(geschud);
          expect(await indicatorenVan(tweede, peildatum)).toEqual(await indicatorenVan(eerste, peildatum));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("reads a claim's 12,001 participants in batches, each exactly once, with their facts", async () => {
    const ids: string[] = (
      await t.query(
        `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, leeftijdsband)
         SELECT gen_random_uuid(), 'GM0014', date '2025-01-01' + (g % 300), CASE WHEN g % 2 = 0 THEN '30-54' END
           FROM generate_series(1, 12001) g RETURNING inwoner_id`,
      )
    ).map((r: { inwoner_id: string }) => r.inwoner_id);
    await t.query(
      `INSERT INTO deelnemer_kwalificaties (activiteit_id, inwoner_id, datum)
       SELECT gen_random_uuid(), inwoner_id, intrede_op + 30 FROM deelnemers WHERE inwoner_id = ANY($1::uuid[])`,
      [ids],
    );
    const repository = t.app.get(DeelnemerRepository);
    const sql = t.app.get(DataSource).manager;
    const batches: number[] = [];
    const perBatch = new Map<string, unknown>();
    for await (const batch of repository.leesPerBatch(sql, ids)) {
      batches.push(batch.length);
      for (const d of batch) perBatch.set(d.inwonerId, d);
    }
    expect(batches).toEqual([5_000, 5_000, 2_001]);
    expect(perBatch).toEqual(await repository.lees(sql, ids));
    const geen: unknown[] = [];
    for await (const batch of repository.leesPerBatch(sql, [])) geen.push(batch);
    expect(geen).toEqual([]);
  });
});
