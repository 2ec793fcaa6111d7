import { routeerStandaard, type Voorbeeld } from './testing/voorbeeld-invoer';

// Overlapping groups: here the order of STANDAARD_ROUTEREGELS decides (see its header comment).
const OVERLAPPEN: Voorbeeld[] = [
  {
    wie: 'young Wajong without startkwalificatie: UWV owns the benefit, before Route Entree',
    situatie: { uitkering: 'wajong', leeftijd: 20, startkwalificatie: false },
    verwacht: { stap: 'begeleiden', organisatie: 'UWV', regel: 'wia-wajong-werkfit' },
  },
  {
    wie: 'young statushouder on bijstand without startkwalificatie: language first',
    situatie: { statushouder: true, uitkering: 'participatiewet', leeftijd: 24, startkwalificatie: false },
    verwacht: { stap: 'ontwikkelen', organisatie: 'GM0014', regel: 'statushouder-taal' },
  },
  {
    wie: 'young employee without startkwalificatie: a diploma before career advice',
    situatie: { leeftijd: 26, startkwalificatie: false, werkend: true },
    verwacht: { stap: 'scholen', organisatie: 'leerwerkloket', regel: 'jongere-zonder-startkwalificatie' },
  },
  {
    wie: '27 without startkwalificatie is past the youth route',
    situatie: { leeftijd: 27, startkwalificatie: false },
    verwacht: { stap: 'orienteren', organisatie: 'GM0014', regel: 'intakegesprek-gemeente' },
  },
  {
    wie: 'working with an arbeidsbeperking and no benefit: career advice, not werkfit',
    situatie: { arbeidsbeperking: true, werkend: true },
    verwacht: { stap: 'ontwikkelen', organisatie: 'leerwerkloket', regel: 'werkende-met-risico' },
  },
  {
    wie: 'zzp on WW: the enterprise is the question',
    situatie: { zzp: true, uitkering: 'ww' },
    verwacht: { stap: 'begeleiden', organisatie: 'GM0014', regel: 'zzp-ondernemersadvies' },
  },
  {
    wie: 'rung 3 is not a low rung',
    situatie: { participatieladder: 3, uitkering: 'participatiewet' },
    verwacht: { stap: 'begeleiden', organisatie: 'GM0014', regel: 'participatiewet-klantregie' },
  },
  {
    wie: 'Talentperron visitor on WW goes to UWV',
    situatie: { kanaal: 'talentperron', uitkering: 'ww' },
    verwacht: { stap: 'matchen', organisatie: 'UWV', regel: 'ww-bemiddeling' },
  },
  {
    wie: 'bijstand with a schooling question stays with the klantregisseur',
    situatie: { uitkering: 'participatiewet', hulpvraagSoort: 'scholing' },
    verwacht: { stap: 'begeleiden', organisatie: 'GM0014', regel: 'participatiewet-klantregie' },
  },
];

describe('STANDAARD_REGELTABEL order settles overlaps', () => {
  it.each(OVERLAPPEN)('$wie', ({ situatie, verwacht }) => {
    expect(routeerStandaard(situatie)).toEqual(verwacht);
  });
});
