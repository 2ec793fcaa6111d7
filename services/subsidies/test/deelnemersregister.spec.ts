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
import { leegResultaat } from '../src/modules/declaraties/domain/resultaat-telling';
import { gebeurtenissen, Gebeurtenis, scenarioArb } from './deelnemersregister.events';
import { IndicatorDeelnemer, indicatorScenarioArb } from './deelnemer-feiten';

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

  it('counts the ESF+ indicators in SQL as IndicatorTeller does (equivalence, random participants and facts)', async () => {
    const repository = t.app.get(DeelnemerRepository);
    const sql = t.app.get(DataSource).manager;
    const gezien = new Set<string>();
    await fc.assert(
      fc.asyncProperty(indicatorScenarioArb, async ({ deelnemers, peildatum }) => {
        const ids: string[] = [];
        for (const d of deelnemers) ids.push(await schrijfDeelnemer(d));
        // One participant the register holds but the claim does not name, and one it names that the register lacks.
        await schrijfDeelnemer(deelnemers[0]);
        ids.push(randomUUID());
        const teller = new IndicatorTeller(peildatum);
        for (const d of (await repository.lees(sql, ids)).values()) teller.tel(d);
        const verwacht = teller.resultaat();
        expect(await repository.telIndicatoren(sql, ids, peildatum)).toEqual(verwacht);
        for (const [groep, tellingen] of Object.entries(verwacht))
          if (typeof tellingen === 'object')
            for (const [k, n] of Object.entries(tellingen as Record<string, number>))
              if (n > 0) gezien.add(`${groep}.${k}`);
      }),
      // Each run writes to PostgreSQL, so shrinking would outlast the test: the first counterexample is shown. A fixed
      // seed, so the check below that every counter was reached cannot fail by chance.
      { numRuns: 100, endOnFailure: true, seed: 20_261_204 },
    );
    // The random participants raised every result and every "not known", so a wrong branch could not hide.
    for (const teller of [
      ...Object.keys(leegResultaat()).map((k) => `resultaten.${k}`),
      'nogNietBekend.binnenVierWeken',
      'nogNietBekend.naZesMaanden',
      'onvolledig.werkzoekend',
      'onvolledig.verbeterdeSituatieNaZesMaanden',
      'onvolledig.langdurigWerkloos',
      'perArbeidsmarktstatus.langdurig-werkloos',
    ])
      expect(gezien).toContain(teller);
  });

  /** Writes one participant of indicatorScenarioArb with its facts straight into the register's tables. */
  async function schrijfDeelnemer(d: IndicatorDeelnemer): Promise<string> {
    const inwonerId = randomUUID();
    await t.query(
      `INSERT INTO deelnemers (inwoner_id, gemeentecode, intrede_op, arbeidsmarktstatus, langdurig_werkloos, leeftijdsband, opleidingsniveau,
                               geslacht, arbeidsbeperking, derdelander, migratieachtergrond, minderheid, dakloos, platteland)
       VALUES ($1, 'GM0014', '2025-01-01', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        inwonerId,
        d.status,
        d.langdurig,
        d.leeftijdsband,
        d.opleidingsniveau,
        d.geslacht,
        d.arbeidsbeperking,
        ...d.kenmerken,
      ],
    );
    for (const tr of d.trajecten) {
      const trajectId = randomUUID();
      if (tr.bekend)
        await t.query('INSERT INTO deelnemer_trajecten (traject_id, inwoner_id, gestart_op) VALUES ($1, $2, $3)', [
          trajectId,
          inwonerId,
          tr.gestart,
        ]);
      if (tr.afsluiting)
        await t.query(
          'INSERT INTO deelnemer_afsluitingen (traject_id, inwoner_id, datum, reden) VALUES ($1, $2, $3, $4)',
          [trajectId, inwonerId, tr.afsluiting.datum, tr.afsluiting.reden],
        );
    }
    for (const p of d.plaatsingen) {
      const plaatsingId = randomUUID();
      await t.query(
        `INSERT INTO deelnemer_plaatsingen (plaatsing_id, inwoner_id, startdatum, uren_per_week, contractvorm, einddatum)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [plaatsingId, inwonerId, p.start, p.start ? p.uren : null, p.start ? p.contractvorm : null, p.eind],
      );
      if (p.check)
        await t.query(
          `INSERT INTO deelnemer_duurzaamheidschecks (plaatsing_id, inwoner_id, duurzaam, in_dienst, vastgesteld_op)
           VALUES ($1, $2, $3, $4, $5)`,
          [plaatsingId, inwonerId, p.check.duurzaam, p.check.inDienst, p.check.op],
        );
      for (const w of p.wijzigingen)
        await t.query(
          `INSERT INTO deelnemer_urenwijzigingen (plaatsing_id, ingangsdatum, inwoner_id, vorige_uren_per_week, uren_per_week)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [plaatsingId, w.ingang, inwonerId, w.vorige, w.uren],
        );
    }
    for (const datum of d.kwalificaties)
      await t.query('INSERT INTO deelnemer_kwalificaties (activiteit_id, inwoner_id, datum) VALUES ($1, $2, $3)', [
        randomUUID(),
        inwonerId,
        datum,
      ]);
    return inwonerId;
  }
});
