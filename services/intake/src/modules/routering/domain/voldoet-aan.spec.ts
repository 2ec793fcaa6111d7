import type { RouteringsInvoer } from './routerings-invoer';
import { voldoetAan } from './voldoet-aan';

const invoer: RouteringsInvoer = {
  uitkering: 'ww',
  werkend: false,
  zzp: false,
  arbeidsbeperking: false,
  statushouder: false,
  startkwalificatie: true,
  leeftijd: 30,
  gemeentecode: 'GM0014',
  kanaal: 'balie',
  hulpvraagSoort: 'werk',
};

describe('voldoetAan', () => {
  it('matches everyone when there are no voorwaarden', () => {
    expect(voldoetAan({}, invoer)).toBe(true);
    expect(voldoetAan({}, { ...invoer, participatieladder: 3 })).toBe(true);
  });

  it('matches any value within a list (OR)', () => {
    expect(voldoetAan({ uitkering: ['participatiewet', 'ww'] }, invoer)).toBe(true);
    expect(voldoetAan({ uitkering: ['participatiewet', 'wia'] }, invoer)).toBe(false);
    expect(voldoetAan({ kanalen: ['talentperron'] }, invoer)).toBe(false);
    expect(voldoetAan({ hulpvraagSoorten: ['werk', 'scholing'] }, invoer)).toBe(true);
    expect(voldoetAan({ gemeentecodes: ['GM0114'] }, invoer)).toBe(false);
  });

  it('requires every condition present to hold (AND)', () => {
    expect(voldoetAan({ uitkering: ['ww'], werkend: false }, invoer)).toBe(true);
    expect(voldoetAan({ uitkering: ['ww'], werkend: true }, invoer)).toBe(false);
    expect(voldoetAan({ uitkering: ['ww'], startkwalificatie: false }, invoer)).toBe(false);
  });

  it('compares each boolean condition with its own field', () => {
    for (const veld of ['werkend', 'zzp', 'arbeidsbeperking', 'statushouder', 'startkwalificatie'] as const) {
      expect(voldoetAan({ [veld]: invoer[veld] }, invoer)).toBe(true);
      expect(voldoetAan({ [veld]: !invoer[veld] }, invoer)).toBe(false);
    }
  });

  it('treats age bounds as inclusive', () => {
    expect(voldoetAan({ leeftijdVan: 30, leeftijdTot: 30 }, invoer)).toBe(true);
    expect(voldoetAan({ leeftijdVan: 31 }, invoer)).toBe(false);
    expect(voldoetAan({ leeftijdTot: 29 }, invoer)).toBe(false);
  });

  it('never matches a ladder condition when no rung was recorded', () => {
    expect(voldoetAan({ participatieladderVan: 1 }, invoer)).toBe(false);
    expect(voldoetAan({ participatieladderTot: 6 }, invoer)).toBe(false);
    expect(
      voldoetAan({ participatieladderVan: 1, participatieladderTot: 2 }, { ...invoer, participatieladder: 2 }),
    ).toBe(true);
    expect(
      voldoetAan({ participatieladderVan: 1, participatieladderTot: 2 }, { ...invoer, participatieladder: 3 }),
    ).toBe(false);
  });

  it('never matches an age condition without an age (anonymous orientation), and ignores the age otherwise', () => {
    const zonderLeeftijd = { ...invoer, leeftijd: undefined };
    expect(voldoetAan({ leeftijdTot: 26 }, zonderLeeftijd)).toBe(false);
    expect(voldoetAan({ leeftijdVan: 18 }, zonderLeeftijd)).toBe(false);
    expect(voldoetAan({ uitkering: ['ww'] }, zonderLeeftijd)).toBe(true);
  });
});
