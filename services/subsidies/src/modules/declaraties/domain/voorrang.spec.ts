import { beoordeelKostenregel } from './beoordeling';
import {
  deelnemer,
  deelnemersVan,
  GRONINGER,
  ingediend,
  JTF,
  kostenregel,
  NIETS_INGEDIEND,
} from './declaratie.testdata';
import type { Deelnemer } from './deelnemer';
import type { Ingediend } from './ingediend';
import type { Kostenregel } from './kostenregel';
import { UITSLUITINGSREDENEN, Uitsluitingsreden, UitsluitingsredenSchema } from './uitsluitingsreden';

const bekend = deelnemersVan(deelnemer());
const reden = (
  regel: Kostenregel,
  deelnemers: Map<string, Deelnemer> = bekend,
  i: Ingediend = NIETS_INGEDIEND,
  regeling = JTF,
) => {
  const b = beoordeelKostenregel(regel, regeling, deelnemers, i);
  return b.opgenomen ? 'opgenomen' : b.reden;
};

describe('precedence when several reasons apply', () => {
  it('lists the reasons of the contract, and the zod enum refuses others', () => {
    expect([...UITSLUITINGSREDENEN].sort()).toEqual([
      'al-gedeclareerd',
      'buiten-periode',
      'buiten-regio',
      'deelnemer-onvolledig',
      'dubbele-financiering',
      'gedekt-door-flat-rate',
      'geen-bewijsstuk',
    ]);
    expect(UitsluitingsredenSchema.safeParse('te-duur').success).toBe(false);
  });

  it('a submitted line is al-gedeclareerd even when outside the period and without bewijsstuk', () => {
    expect(reden(kostenregel({ datum: '2027-01-01', bewijsstuk: undefined }), bekend, ingediend(['k1']))).toBe(
      'al-gedeclareerd',
    );
  });

  it('a bewijsstuk submitted under both this and another regeling is al-gedeclareerd, not dubbele-financiering', () => {
    expect(reden(kostenregel(), bekend, ingediend([], { 'factuur-1': ['NPG', 'JTF'] }))).toBe('al-gedeclareerd');
  });

  it('dubbele-financiering beats buiten-periode; buiten-periode beats geen-bewijsstuk', () => {
    expect(reden(kostenregel({ datum: '2027-01-01' }), bekend, ingediend([], { 'factuur-1': ['NPG'] }))).toBe(
      'dubbele-financiering',
    );
    expect(reden(kostenregel({ datum: '2027-01-01', bewijsstuk: undefined }))).toBe('buiten-periode');
  });

  it('buiten-regio beats geen-bewijsstuk: a cure would not help', () => {
    const elders = deelnemersVan(deelnemer({ gemeentecode: 'GM0363' }));
    expect(reden(kostenregel({ inwonerId: GRONINGER, bewijsstuk: undefined }), elders)).toBe('buiten-regio');
  });

  it('under a flat rate a line of another kind than personeel that would be claimed is covered by it', () => {
    const forfait = { ...JTF, flatRatePercentage: 40 };
    expect(reden(kostenregel({ soort: 'opleiding' }), bekend, NIETS_INGEDIEND, forfait)).toBe('gedekt-door-flat-rate');
    expect(reden(kostenregel({ soort: 'personeel' }), bekend, NIETS_INGEDIEND, forfait)).toBe('opgenomen');
    // The contract's reasons keep their meaning: a line without document stays geen-bewijsstuk.
    expect(reden(kostenregel({ soort: 'opleiding', bewijsstuk: undefined }), bekend, NIETS_INGEDIEND, forfait)).toBe(
      'geen-bewijsstuk',
    );
    // A flat rate of 0% adds nothing and covers nothing.
    expect(reden(kostenregel({ soort: 'opleiding' }), bekend, NIETS_INGEDIEND, { ...JTF, flatRatePercentage: 0 })).toBe(
      'opgenomen',
    );
  });

  it('geen-bewijsstuk beats deelnemer-onvolledig', () => {
    expect(reden(kostenregel({ inwonerId: 'onbekend-id', bewijsstuk: undefined }))).toBe('geen-bewijsstuk');
  });

  // Builds a line on which exactly the chosen reasons apply, for every combination that can exist at once.
  const OTHER_ID = 'c0000000-0000-4000-8000-000000000003';
  function geval(redenen: ReadonlySet<Uitsluitingsreden>) {
    const bewijsstuk = redenen.has('geen-bewijsstuk') ? undefined : 'factuur-x';
    const perDeelnemer = redenen.has('buiten-regio') || redenen.has('deelnemer-onvolledig');
    // deelnemer-onvolledig is now an unknown gemeente (issue 15), which rules out buiten-regio on the same line.
    const d = deelnemer({
      inwonerId: OTHER_ID,
      gemeentecode: redenen.has('buiten-regio') ? 'GM0363' : redenen.has('deelnemer-onvolledig') ? '' : 'GM0014',
    });
    const regel = kostenregel({
      inwonerId: perDeelnemer ? OTHER_ID : undefined,
      bewijsstuk,
      datum: redenen.has('buiten-periode') ? '2026-08-01' : '2026-02-01',
    });
    const i = ingediend(
      redenen.has('al-gedeclareerd') ? ['k1'] : [],
      redenen.has('dubbele-financiering') ? { 'factuur-x': ['NPG'] } : {},
    );
    // A regeling with a flat rate on staff costs covers the line's other kind (opleiding).
    const regeling = redenen.has('gedekt-door-flat-rate') ? { ...JTF, flatRatePercentage: 40 } : JTF;
    return reden(regel, deelnemersVan(d), i, regeling);
  }

  it('reports the first applicable reason in UITSLUITINGSREDENEN order, for every possible combination', () => {
    let gevallen = 0;
    for (let mask = 1; mask < 1 << UITSLUITINGSREDENEN.length; mask++) {
      const redenen = new Set(UITSLUITINGSREDENEN.filter((_, i) => mask & (1 << i)));
      // Double funding needs a bewijsstuk, so it cannot coincide with geen-bewijsstuk.
      if (redenen.has('dubbele-financiering') && redenen.has('geen-bewijsstuk')) continue;
      // A participant whose gemeente is unknown cannot live outside the area.
      if (redenen.has('buiten-regio') && redenen.has('deelnemer-onvolledig')) continue;
      expect([[...redenen].join('+'), geval(redenen)]).toEqual([
        [...redenen].join('+'),
        UITSLUITINGSREDENEN.find((r) => redenen.has(r)),
      ]);
      gevallen += 1;
    }
    expect(gevallen).toBe(71); // 35 without the flat rate, 35 with it, and the flat rate alone
  });
});
