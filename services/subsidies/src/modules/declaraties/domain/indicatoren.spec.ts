import { deelnemer, deelnemersVan, JTF, kostenregel, NIETS_INGEDIEND } from './declaratie.testdata';
import type { Deelnemer } from './deelnemer';
import { IndicatorTeller } from './indicatoren';
import type { Kostenregel } from './kostenregel';
import { stelDeclaratieSamen } from './stel-declaratie-samen';

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const C = 'c0000000-0000-4000-8000-00000000000c';

const indicatoren = (deelnemers: Deelnemer[], kandidaten: Kostenregel[]) =>
  stelDeclaratieSamen({ regeling: JTF, periodeVan: '2026-01-01', periodeTot: '2026-06-30', kandidaten, deelnemers: deelnemersVan(...deelnemers), ingediend: NIETS_INGEDIEND }).indicatoren;

describe('ESF+ indicators of a claim', () => {
  it('counts distinct participants of included lines: two lines of one person count once, excluded lines not at all', () => {
    const i = indicatoren(
      [
        deelnemer({ inwonerId: A, arbeidsmarktstatus: 'langdurig-werkloos', geslacht: 'vrouw', arbeidsbeperking: true, resultaten: { kwalificatie: true } }),
        deelnemer({ inwonerId: B, leeftijdsband: '55-plus', opleidingsniveau: 'isced-0-2', resultaten: { werkBinnenVierWeken: true, werkNaZesMaanden: true } }),
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
      deelnemers: 2,
      perArbeidsmarktstatus: { werkloos: 1, 'langdurig-werkloos': 1, inactief: 0, werkend: 0 },
      perLeeftijdsband: { 'onder-18': 0, '18-29': 1, '30-54': 0, '55-plus': 1 },
      perOpleidingsniveau: { 'isced-0-2': 1, 'isced-3-4': 1, 'isced-5-8': 0, onbekend: 0 },
      perGeslacht: { man: 0, vrouw: 1, anders: 0, onbekend: 1 },
      metArbeidsbeperking: 1,
      resultaten: { onderwijs: 0, kwalificatie: 1, werkBinnenVierWeken: 1, werkNaZesMaanden: 1 },
    });
  });

  it('has every key with zero when no participant is included', () => {
    const i = indicatoren([], [kostenregel()]);
    expect(i.deelnemers).toBe(0);
    expect(Object.values(i.perArbeidsmarktstatus)).toEqual([0, 0, 0, 0]);
    expect(Object.keys(i.perGeslacht)).toEqual(['man', 'vrouw', 'anders', 'onbekend']);
    expect(i.resultaten).toEqual({ onderwijs: 0, kwalificatie: 0, werkBinnenVierWeken: 0, werkNaZesMaanden: 0 });
  });

  it('does not count null from a database as a disability or a result', () => {
    const teller = new IndicatorTeller();
    teller.tel(deelnemer({ arbeidsbeperking: null as never, resultaten: { onderwijs: null as never } }));
    expect([teller.resultaat().metArbeidsbeperking, teller.resultaat().resultaten.onderwijs]).toEqual([0, 0]);
  });
});
