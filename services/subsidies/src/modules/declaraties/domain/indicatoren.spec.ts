import { deelnemer, deelnemersVan, JTF, kostenregel, NIETS_INGEDIEND } from './declaratie.testdata';
import type { Deelnemer } from './deelnemer';
import { plaatsing, verloop } from './esf-resultaten.testdata';
import { IndicatorTeller } from './indicatoren';
import type { Kostenregel } from './kostenregel';
import { stelDeclaratieSamen } from './stel-declaratie-samen';

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const C = 'c0000000-0000-4000-8000-00000000000c';
const D = 'd0000000-0000-4000-8000-00000000000d';

const indicatoren = (deelnemers: Deelnemer[], kandidaten: Kostenregel[], peildatum = '2026-06-30') =>
  stelDeclaratieSamen({
    regeling: JTF,
    periodeVan: '2026-01-01',
    periodeTot: '2026-06-30',
    kandidaten,
    deelnemers: deelnemersVan(...deelnemers),
    ingediend: NIETS_INGEDIEND,
    peildatum,
  }).indicatoren;

const ALLES_BEKEND = {
  geslacht: 'vrouw',
  arbeidsbeperking: false,
  derdelander: false,
  migratieachtergrond: false,
  minderheid: false,
  dakloos: false,
  platteland: false,
} as const;

describe('ESF+ indicators of a claim', () => {
  it('counts distinct participants of included lines: two lines of one person count once, excluded lines not at all', () => {
    const i = indicatoren(
      [
        // Left 10 December 2025 with a qualification; 12 hours from January: in employment at six months (10 June).
        deelnemer({
          inwonerId: A,
          ...ALLES_BEKEND,
          arbeidsmarktstatus: 'werkloos',
          langdurigWerkloos: true,
          arbeidsbeperking: true,
          derdelander: true,
          verloop: verloop('2025-12-10', { plaatsingen: [plaatsing('2026-01-05')], kwalificaties: ['2025-12-01'] }),
        }),
        deelnemer({
          inwonerId: B,
          leeftijdsband: '55-plus',
          opleidingsniveau: 'isced-5-8',
          arbeidsmarktstatus: 'inactief',
        }),
        deelnemer({ inwonerId: C, gemeentecode: 'GM0363' }), // outside the area: its line is excluded
      ],
      [
        kostenregel({ id: 'a1', inwonerId: A }),
        kostenregel({ id: 'a2', inwonerId: A, bewijsstuk: 'factuur-2' }),
        kostenregel({ id: 'b1', inwonerId: B, bewijsstuk: 'factuur-3' }),
        kostenregel({ id: 'c1', inwonerId: C, bewijsstuk: 'factuur-4' }),
        kostenregel({ id: 'groep', bewijsstuk: 'factuur-5' }),
      ],
    );
    expect(i).toEqual({
      peildatum: '2026-06-30',
      deelnemers: 2,
      perArbeidsmarktstatus: { werkloos: 1, 'langdurig-werkloos': 1, inactief: 1, werkend: 0 },
      perLeeftijdsband: { 'onder-18': 0, '18-29': 1, '30-54': 0, '55-plus': 1 },
      perOpleidingsniveau: { 'isced-0-2': 0, 'isced-3-4': 1, 'isced-5-8': 1, onbekend: 0 },
      perGeslacht: { man: 0, vrouw: 1, anders: 0, onbekend: 1 },
      metArbeidsbeperking: 1,
      kenmerken: {
        arbeidsbeperking: 1,
        derdelander: 1,
        migratieachtergrond: 0,
        minderheid: 0,
        dakloos: 0,
        platteland: 0,
      },
      // B left every optional attribute out: incomplete for those, and for nothing else.
      onvolledig: {
        arbeidsmarktstatus: 0,
        langdurigWerkloos: 0,
        leeftijdsband: 0,
        opleidingsniveau: 0,
        geslacht: 1,
        arbeidsbeperking: 1,
        derdelander: 1,
        migratieachtergrond: 1,
        minderheid: 1,
        dakloos: 1,
        platteland: 1,
        werkzoekend: 0,
        verbeterdeSituatieNaZesMaanden: 0,
      },
      resultaten: {
        uitgestroomd: 1,
        werkzoekend: 0,
        onderwijs: 0,
        kwalificatie: 1,
        werkBinnenVierWeken: 1,
        werkNaZesMaanden: 1,
        verbeterdeSituatieNaZesMaanden: 1,
      },
      nogNietBekend: { binnenVierWeken: 0, naZesMaanden: 0 },
      duurzaamGeplaatst: 0,
    });
  });

  it('counts the long-term unemployed inside the unemployed, and an unknown duration as incomplete for that one indicator', () => {
    const i = indicatoren(
      [
        deelnemer({ inwonerId: A, arbeidsmarktstatus: 'werkloos', langdurigWerkloos: true }),
        deelnemer({ inwonerId: B, arbeidsmarktstatus: 'langdurig-werkloos' }), // the status older events carry
        deelnemer({ inwonerId: C, arbeidsmarktstatus: 'werkloos' }),
        deelnemer({ inwonerId: D, arbeidsmarktstatus: undefined, opleidingsniveau: 'onbekend' }),
      ],
      [A, B, C, D].map((inwonerId, n) => kostenregel({ id: `k${n}`, inwonerId, bewijsstuk: `f${n}` })),
    );
    expect(i.deelnemers).toBe(4);
    expect(i.perArbeidsmarktstatus).toEqual({ werkloos: 3, 'langdurig-werkloos': 2, inactief: 0, werkend: 0 });
    expect(i.onvolledig).toMatchObject({
      arbeidsmarktstatus: 1,
      langdurigWerkloos: 2,
      opleidingsniveau: 1,
      leeftijdsband: 0,
    });
  });

  it('reports six-month results as not yet known until uitstroom + 6 months has passed on the peildatum', () => {
    const d = deelnemer({ inwonerId: A, verloop: verloop('2026-03-01', { plaatsingen: [plaatsing('2026-03-10')] }) });
    const voor = indicatoren([d], [kostenregel({ inwonerId: A })], '2026-08-31');
    expect(voor.resultaten).toMatchObject({ uitgestroomd: 1, werkBinnenVierWeken: 1, werkNaZesMaanden: 0 });
    expect(voor.nogNietBekend).toEqual({ binnenVierWeken: 0, naZesMaanden: 1 });
    const na = indicatoren([d], [kostenregel({ inwonerId: A })], '2026-09-01');
    expect(na.resultaten).toMatchObject({ werkNaZesMaanden: 1, verbeterdeSituatieNaZesMaanden: 1 });
    expect(na.nogNietBekend).toEqual({ binnenVierWeken: 0, naZesMaanden: 0 });
  });

  it("counts the region's duurzaam separately from the ESF+ six-month result", () => {
    const v = verloop('2025-12-10', {
      plaatsingen: [plaatsing('2026-01-05', { urenPerWeek: 32, plaatsingId: 'p' })],
      duurzaamheidschecks: [{ plaatsingId: 'p', duurzaam: true, inDienst: true, vastgesteldOp: '2026-06-05' }],
    });
    const i = indicatoren([deelnemer({ inwonerId: A, verloop: v })], [kostenregel({ inwonerId: A })]);
    expect([i.duurzaamGeplaatst, i.resultaten.werkNaZesMaanden]).toEqual([1, 1]);
  });

  it('has every key with zero when no participant is included', () => {
    const i = indicatoren([], [kostenregel()]);
    expect(i.deelnemers).toBe(0);
    expect(Object.values(i.perArbeidsmarktstatus)).toEqual([0, 0, 0, 0]);
    expect(Object.keys(i.perGeslacht)).toEqual(['man', 'vrouw', 'anders', 'onbekend']);
    expect(Object.values(i.onvolledig).every((n) => n === 0)).toBe(true);
    expect(i.resultaten).toEqual({
      uitgestroomd: 0,
      werkzoekend: 0,
      onderwijs: 0,
      kwalificatie: 0,
      werkBinnenVierWeken: 0,
      werkNaZesMaanden: 0,
      verbeterdeSituatieNaZesMaanden: 0,
    });
    expect(i.nogNietBekend).toEqual({ binnenVierWeken: 0, naZesMaanden: 0 });
  });

  it('treats null from a database as unknown, never as a disability or a no', () => {
    const teller = new IndicatorTeller('2026-06-30');
    teller.tel(deelnemer({ arbeidsbeperking: null as never, dakloos: null as never }));
    const r = teller.resultaat();
    expect([r.metArbeidsbeperking, r.kenmerken.dakloos, r.onvolledig.arbeidsbeperking, r.onvolledig.dakloos]).toEqual([
      0, 0, 1, 1,
    ]);
  });
});
