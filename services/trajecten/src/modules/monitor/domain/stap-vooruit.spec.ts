import fc from 'fast-check';
import { AFSLUIT_REDENEN, STAPPEN } from '@wiz/contracts';
import { isStapVooruit, toegerekendeStap } from './stap-vooruit';

describe('een stap vooruit', () => {
  it('counts a move to a later step, never a move back or sideways', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAPPEN), fc.constantFrom(...STAPPEN), (van, naar) => {
        expect(isStapVooruit({ soort: 'stap', van, naar })).toBe(STAPPEN.indexOf(naar) > STAPPEN.indexOf(van));
      }),
    );
  });

  it('counts a behaald activity, a placement and a rise on the ladder', () => {
    expect(isStapVooruit({ soort: 'activiteit', resultaat: 'behaald' })).toBe(true);
    expect(isStapVooruit({ soort: 'activiteit', resultaat: 'niet-behaald' })).toBe(false);
    expect(isStapVooruit({ soort: 'activiteit', resultaat: 'afgebroken' })).toBe(false);
    expect(isStapVooruit({ soort: 'plaatsing' })).toBe(true);
    expect(isStapVooruit({ soort: 'ladder', van: 2, naar: 3 })).toBe(true);
    expect(isStapVooruit({ soort: 'ladder', van: 3, naar: 3 })).toBe(false);
    expect(isStapVooruit({ soort: 'ladder', van: 4, naar: 2 })).toBe(false);
    expect(isStapVooruit({ soort: 'ladder', van: null, naar: 4 })).toBe(false); // a first measurement is no rise
  });

  it('definition 2 adds closing for werk or scholing and more hours, never fewer or equal hours', () => {
    for (const reden of AFSLUIT_REDENEN)
      expect(isStapVooruit({ soort: 'afsluiting', reden })).toBe(reden === 'werk' || reden === 'scholing');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (van, naar) =>
        expect(isStapVooruit({ soort: 'uren', van, naar })).toBe(naar > van),
      ),
    );
  });

  it('credits a move to the step left, everything else to the step the person is in', () => {
    expect(toegerekendeStap({ soort: 'stap', van: 'ontwikkelen', naar: 'matchen' }, 'matchen')).toBe('ontwikkelen');
    expect(toegerekendeStap({ soort: 'plaatsing' }, 'matchen')).toBe('matchen');
  });
});
