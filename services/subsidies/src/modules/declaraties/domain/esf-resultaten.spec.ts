import type { Arbeidsmarktstatus } from '@wiz/contracts';
import type { Deelnemersverloop } from './deelnemersverloop';
import { esfResultaten, EsfResultaten, isDuurzaamGeplaatst } from './esf-resultaten';
import { PLAATSING, plaatsing, TRAJECT, verloop } from './esf-resultaten.testdata';

// Left on 10 January 2026: four weeks end 7 February, six months fall on 10 July 2026.
const WEG = '2026-01-10';
const LATER = '2026-12-01';

interface Geval {
  naam: string;
  v: Deelnemersverloop;
  status?: Arbeidsmarktstatus;
  peildatum?: string;
  verwacht: Partial<EsfResultaten>;
}

const gevallen: Geval[] = [
  {
    naam: 'working 12 hours six months after leaving = in employment (ESF+)',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-02-01')] }),
    verwacht: { werkNaZesMaanden: true, zesMaandenVerstreken: true },
  },
  {
    naam: 'placement ended 5 months after leaving = not in employment at 6 months',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-01-20', { einddatum: '2026-06-10' })] }),
    verwacht: { werkBinnenVierWeken: true, werkNaZesMaanden: false },
  },
  {
    naam: 'placement ended on the six-month day itself = still in employment then',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-01-20', { einddatum: '2026-07-10' })] }),
    verwacht: { werkNaZesMaanden: true },
  },
  {
    naam: 'placement 3 weeks after leaving = in employment within four weeks',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-01-31')] }),
    verwacht: { werkBinnenVierWeken: true, werkzoekend: false },
  },
  {
    naam: 'placement 7 weeks after leaving = not within four weeks, job searching upon leaving',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-02-28')] }),
    verwacht: { werkBinnenVierWeken: false, werkzoekend: true, werkNaZesMaanden: true },
  },
  {
    naam: 'placement that started before leaving and runs on counts upon leaving',
    v: verloop(WEG, { plaatsingen: [plaatsing('2025-11-01')] }),
    verwacht: { werkBinnenVierWeken: true },
  },
  {
    naam: 'placement that ended before leaving does not',
    v: verloop(WEG, { plaatsingen: [plaatsing('2025-11-01', { einddatum: '2026-01-09' })] }),
    verwacht: { werkBinnenVierWeken: false, werkNaZesMaanden: false },
  },
  {
    naam: 'placement starting on the six-month day counts, the day after does not',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-07-10')] }),
    verwacht: { werkNaZesMaanden: true },
  },
  {
    naam: 'placement starting the day after six months does not count',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-07-11')] }),
    verwacht: { werkNaZesMaanden: false },
  },
  {
    naam: 'a duurzaamheidscheck finding the person out of service ends the placement for ESF+',
    v: verloop(WEG, {
      plaatsingen: [plaatsing('2026-01-01')],
      duurzaamheidschecks: [{ plaatsingId: PLAATSING, duurzaam: false, inDienst: false, vastgesteldOp: '2026-07-01' }],
    }),
    verwacht: { werkBinnenVierWeken: true, werkNaZesMaanden: false },
  },
  {
    naam: 'six months not yet passed on the peildatum = not yet known',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-02-01')] }),
    peildatum: '2026-07-09',
    verwacht: { zesMaandenVerstreken: false, werkNaZesMaanden: undefined, verbeterdeSituatieNaZesMaanden: undefined },
  },
  {
    naam: 'four weeks not yet passed and no job yet = job searching not yet known',
    v: verloop(WEG),
    peildatum: '2026-01-20',
    verwacht: { vierWekenVerstreken: false, werkzoekend: undefined, werkBinnenVierWeken: false },
  },
  {
    naam: 'a placement starting after the peildatum is not known on it',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-01-25')] }),
    peildatum: '2026-01-20',
    verwacht: { werkBinnenVierWeken: false },
  },
  {
    naam: 'closed for scholing = in education, not job searching',
    v: verloop(WEG, {}, 'scholing'),
    verwacht: { onderwijs: true, werkzoekend: false, werkBinnenVierWeken: false },
  },
  {
    naam: 'closed for werk = in employment upon leaving',
    v: verloop(WEG, {}, 'werk'),
    verwacht: { werkBinnenVierWeken: true, werkzoekend: false, werkNaZesMaanden: false },
  },
  {
    naam: 'closed because the person died = not job searching',
    v: verloop(WEG, {}, 'overleden'),
    verwacht: { werkzoekend: false },
  },
  {
    naam: 'closing reason unknown (migrated) = job searching unknown',
    v: verloop(WEG, {}, null),
    verwacht: { werkzoekend: undefined },
  },
  {
    naam: 'qualification before leaving counts upon leaving',
    v: verloop(WEG, { kwalificaties: ['2025-12-01'] }),
    verwacht: { kwalificatie: true },
  },
  {
    naam: 'qualification 7 weeks after leaving does not',
    v: verloop(WEG, { kwalificaties: ['2026-03-01'] }),
    verwacht: { kwalificatie: false },
  },
  {
    naam: 'unemployed at entry and working at six months = improved situation',
    status: 'werkloos',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-02-01')] }),
    verwacht: { verbeterdeSituatieNaZesMaanden: true },
  },
  {
    naam: 'inactive at entry and not working at six months = not improved',
    status: 'inactief',
    v: verloop(WEG),
    verwacht: { verbeterdeSituatieNaZesMaanden: false },
  },
  {
    naam: 'employed at entry, same temporary job = not improved',
    status: 'werkend',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-02-01')] }),
    verwacht: { werkNaZesMaanden: true, verbeterdeSituatieNaZesMaanden: false },
  },
  {
    naam: 'employed at entry, hours 12 → 20 before six months = improved',
    status: 'werkend',
    v: verloop(WEG, {
      plaatsingen: [plaatsing('2026-02-01')],
      urenwijzigingen: [{ plaatsingId: PLAATSING, ingangsdatum: '2026-05-01', vorigeUrenPerWeek: 12, urenPerWeek: 20 }],
    }),
    verwacht: { verbeterdeSituatieNaZesMaanden: true },
  },
  {
    naam: 'employed at entry, hours raised only after six months = not improved',
    status: 'werkend',
    v: verloop(WEG, {
      plaatsingen: [plaatsing('2026-02-01')],
      urenwijzigingen: [{ plaatsingId: PLAATSING, ingangsdatum: '2026-08-01', vorigeUrenPerWeek: 12, urenPerWeek: 20 }],
    }),
    verwacht: { verbeterdeSituatieNaZesMaanden: false },
  },
  {
    naam: 'employed at entry, a permanent contract = improved',
    status: 'werkend',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-02-01', { contractvorm: 'vast' })] }),
    verwacht: { verbeterdeSituatieNaZesMaanden: true },
  },
  {
    naam: 'labour status at entry unknown = improved situation unknown',
    v: verloop(WEG, { plaatsingen: [plaatsing('2026-02-01')] }),
    verwacht: { werkNaZesMaanden: true, verbeterdeSituatieNaZesMaanden: undefined },
  },
];

describe('ESF+ results upon leaving and six months after, from facts', () => {
  it.each(gevallen)('$naam', ({ v, status, peildatum, verwacht }) => {
    const r = esfResultaten(v, status, peildatum ?? LATER);
    expect(r).toBeDefined();
    for (const [k, waarde] of Object.entries(verwacht)) expect([k, r![k as keyof EsfResultaten]]).toEqual([k, waarde]);
  });

  it('reports no results for someone who has not left: a known traject is still open', () => {
    const v = verloop(WEG, {
      trajecten: [
        { trajectId: TRAJECT },
        { trajectId: 'e0000000-0000-4000-8000-0000000000e1', gestartOp: '2026-03-01' },
      ],
    });
    expect(esfResultaten(v, 'werkloos', LATER)).toBeUndefined();
    // That second traject began after this peildatum, so on it the person had left.
    expect(esfResultaten(v, 'werkloos', '2026-02-15')?.uitstroomOp).toBe(WEG);
  });

  it('takes the last closing when every traject is closed, and ignores a closing after the peildatum', () => {
    const ander = 'e0000000-0000-4000-8000-0000000000e1';
    const v = verloop(WEG, {
      trajecten: [{ trajectId: TRAJECT }, { trajectId: ander }],
      afsluitingen: [
        { trajectId: TRAJECT, datum: WEG, reden: 'anders' },
        { trajectId: ander, datum: '2026-03-01', reden: 'scholing' },
      ],
    });
    expect(esfResultaten(v, 'werkloos', LATER)).toMatchObject({ uitstroomOp: '2026-03-01', onderwijs: true });
    expect(esfResultaten(v, 'werkloos', '2026-02-01')).toBeUndefined();
  });

  it("keeps the region's duurzaam apart: 12 hours six months after a start is ESF+ employment, not duurzaam", () => {
    const v = verloop(WEG, {
      plaatsingen: [plaatsing('2026-02-01')],
      duurzaamheidschecks: [{ plaatsingId: PLAATSING, duurzaam: false, inDienst: true, vastgesteldOp: '2026-08-01' }],
    });
    expect(esfResultaten(v, 'werkloos', LATER)?.werkNaZesMaanden).toBe(true);
    expect(isDuurzaamGeplaatst(v, LATER)).toBe(false);
    const duurzaam = { ...v, duurzaamheidschecks: [{ ...v.duurzaamheidschecks[0], duurzaam: true }] };
    expect([isDuurzaamGeplaatst(duurzaam, LATER), isDuurzaamGeplaatst(duurzaam, '2026-07-31')]).toEqual([true, false]);
  });
});
