import { AanmeldingAfgerond, type Doelgroep } from '@wiz/contracts';
import type { IntakeSituatie } from './aanmelding.types';
import {
  arbeidsmarktstatus,
  deelnemerkenmerken,
  doelgroepen,
  langdurigWerkloos,
  meerDanMaandenNa,
  opleidingsniveau,
  type Intakegegevens,
} from './deelnemerkenmerken';

const PEILDATUM = '2026-12-02';
const BASIS: IntakeSituatie = {
  uitkering: 'ww',
  werkend: false,
  zzp: false,
  arbeidsbeperking: false,
  statushouder: false,
  startkwalificatie: true,
};
const g = (situatie: Partial<IntakeSituatie>, geboortedatum = '1986-03-15'): Intakegegevens => ({
  situatie: { ...BASIS, ...situatie },
  geboortedatum,
  peildatum: PEILDATUM,
});

// Born on these dates, a person is the given age on PEILDATUM (a birthday on the day itself counts).
const GEWORDEN_24 = '2002-06-01';
const WORDT_25_MORGEN = '2001-12-03';
const VANDAAG_25 = '2001-12-02';

describe('ESF+ labour-market status at entry', () => {
  it.each<[string, Partial<IntakeSituatie>, string, string, boolean | undefined]>([
    ['24 years old, 7 months unemployed', { werkloosSinds: '2026-05-02' }, GEWORDEN_24, 'langdurig-werkloos', true],
    ['24 years old, exactly 6 months unemployed', { werkloosSinds: '2026-06-02' }, GEWORDEN_24, 'werkloos', false],
    [
      '24 years old, 6 months and a day unemployed',
      { werkloosSinds: '2026-06-01' },
      GEWORDEN_24,
      'langdurig-werkloos',
      true,
    ],
    [
      '24 years old (25 tomorrow), 7 months unemployed',
      { werkloosSinds: '2026-05-02' },
      WORDT_25_MORGEN,
      'langdurig-werkloos',
      true,
    ],
    ['25 years old today, 7 months unemployed', { werkloosSinds: '2026-05-02' }, VANDAAG_25, 'werkloos', false],
    [
      '25 years old, 12 months and a day unemployed',
      { werkloosSinds: '2025-12-01' },
      VANDAAG_25,
      'langdurig-werkloos',
      true,
    ],
    ['40 years old, exactly 12 months unemployed', { werkloosSinds: '2025-12-02' }, '1986-03-15', 'werkloos', false],
    [
      '40 years old, 12 months and a day unemployed',
      { werkloosSinds: '2025-12-01' },
      '1986-03-15',
      'langdurig-werkloos',
      true,
    ],
    [
      '40 years old, 3 years unemployed, no benefit',
      { uitkering: 'geen', werkloosSinds: '2023-11-01' },
      '1986-03-15',
      'langdurig-werkloos',
      true,
    ],
    ['on WW, duration not asked', {}, '1986-03-15', 'werkloos', undefined],
    ['a job seeker without benefit (was: inactief)', { uitkering: 'geen' }, '1986-03-15', 'werkloos', undefined],
    ['without benefit, seeking work', { uitkering: 'geen', werkzoekend: true }, '1986-03-15', 'werkloos', undefined],
    ['on WIA, not seeking work', { uitkering: 'wia', werkzoekend: false }, '1986-03-15', 'inactief', false],
    [
      'without benefit, not seeking work, unemployed since long',
      { uitkering: 'geen', werkzoekend: false, werkloosSinds: '2020-01-01' },
      '1986-03-15',
      'inactief',
      false,
    ],
    [
      'working, looking for another job',
      { werkend: true, werkzoekend: true, werkloosSinds: '2020-01-01' },
      '1986-03-15',
      'werkend',
      false,
    ],
    ['self-employed', { zzp: true, werkzoekend: false }, '1986-03-15', 'werkend', false],
  ])('%s → %s', (_, situatie, geboortedatum, status, langdurig) => {
    const gegevens = g(situatie, geboortedatum);
    expect(arbeidsmarktstatus(gegevens)).toBe(status);
    expect(langdurigWerkloos(gegevens)).toBe(langdurig);
  });

  it('counts calendar months, clamping to the end of a shorter month', () => {
    expect(meerDanMaandenNa('2026-01-31', 1, '2026-02-28')).toBe(false);
    expect(meerDanMaandenNa('2026-01-31', 1, '2026-03-01')).toBe(true);
    expect(meerDanMaandenNa('2025-08-31', 6, '2026-02-28')).toBe(false);
  });
});

describe('ESF+ education level at entry', () => {
  it.each<[string, Partial<IntakeSituatie>, string]>([
    ...[0, 1, 2].map((n): [string, Partial<IntakeSituatie>, string] => [
      `ISCED ${n}`,
      { opleidingsniveau: n },
      'isced-0-2',
    ]),
    ...[3, 4].map((n): [string, Partial<IntakeSituatie>, string] => [
      `ISCED ${n}`,
      { opleidingsniveau: n },
      'isced-3-4',
    ]),
    ...[5, 6, 7, 8].map((n): [string, Partial<IntakeSituatie>, string] => [
      `ISCED ${n}`,
      { opleidingsniveau: n },
      'isced-5-8',
    ]),
    [
      'ISCED 6 without a Dutch startkwalificatie (a foreign degree)',
      { opleidingsniveau: 6, startkwalificatie: false },
      'isced-5-8',
    ],
    ['no answer, no startkwalificatie', { startkwalificatie: false }, 'isced-0-2'],
    ['no answer, with a startkwalificatie: 3-4 or 5-8, not known which', { startkwalificatie: true }, 'onbekend'],
  ])('%s → %s', (_, situatie, niveau) => {
    expect(opleidingsniveau(g(situatie))).toBe(niveau);
  });
});

describe('target groups', () => {
  it.each<[string, Partial<IntakeSituatie>, string, Doelgroep[]]>([
    ['26 years old on WW', {}, '2000-06-01', ['jongeren', 'ww']],
    ['27 years old today', {}, '1999-12-02', ['ww']],
    ['26 years old, 27 tomorrow', {}, '1999-12-03', ['jongeren', 'ww']],
    ['50 years old today', {}, '1976-12-02', ['50-plussers', 'ww']],
    ['49 years old, 50 tomorrow', {}, '1976-12-03', ['ww']],
    [
      'statushouder on bijstand',
      { statushouder: true, uitkering: 'participatiewet' },
      '1986-03-15',
      ['statushouders', 'participatiewet'],
    ],
    [
      'arbeidsbeperking, Wajong, GGZ background',
      { arbeidsbeperking: true, uitkering: 'wajong', ggzAchtergrond: true },
      '1986-03-15',
      ['arbeidsbeperking', 'ggz', 'wajong'],
    ],
    ['GGZ question answered no', { ggzAchtergrond: false }, '1986-03-15', ['ww']],
    ['WIA', { uitkering: 'wia' }, '1986-03-15', ['wia']],
    ['ANW', { uitkering: 'anw' }, '1986-03-15', ['anw']],
    [
      'employee at risk without benefit',
      { werkend: true, uitkering: 'geen' },
      '1986-03-15',
      ['zonder-uitkering', 'werkenden-met-risico'],
    ],
    ['zzp without benefit', { zzp: true, uitkering: 'geen' }, '1986-03-15', ['zonder-uitkering', 'zzp']],
    [
      'zzp who also counts as working',
      { zzp: true, werkend: true, uitkering: 'geen' },
      '1986-03-15',
      ['zonder-uitkering', 'zzp'],
    ],
  ])('%s → %j', (_, situatie, geboortedatum, groepen) => {
    expect(doelgroepen(g(situatie, geboortedatum))).toEqual(groepen);
  });
});

describe('what aanmelding-afgerond carries', () => {
  const deelnemerSchema = AanmeldingAfgerond.schema.shape.deelnemer;

  it('carries categories, never the raw answers, and only what was answered', () => {
    const kenmerken = deelnemerkenmerken(
      g({
        werkloosSinds: '2025-01-10',
        uitkeringSinds: '2025-02-14',
        opleidingsniveau: 6,
        derdelander: true,
        migratieachtergrond: false,
        dakloos: false,
        ggzAchtergrond: true,
        doelgroepregister: true,
        werkzoekend: true,
      }),
    );
    expect(kenmerken).toEqual({
      arbeidsmarktstatus: 'langdurig-werkloos',
      leeftijdsband: '30-54',
      opleidingsniveau: 'isced-5-8',
      arbeidsbeperking: false,
      uitkering: 'ww',
      langdurigWerkloos: true,
      derdelander: true,
      migratieachtergrond: false,
      dakloos: false,
      doelgroepregister: true,
      uitkeringSinds: '2025-02',
    });
    expect(deelnemerSchema.parse(kenmerken)).toEqual(kenmerken);
    expect(JSON.stringify(kenmerken)).not.toMatch(/2025-01-10|1986|2025-02-14/);
  });

  it('leaves the optional attributes out when nothing was asked', () => {
    expect(deelnemerkenmerken(g({}))).toEqual({
      arbeidsmarktstatus: 'werkloos',
      leeftijdsband: '30-54',
      opleidingsniveau: 'onbekend',
      arbeidsbeperking: false,
      uitkering: 'ww',
    });
  });
});
