import { routeerStandaard, type Voorbeeld } from './testing/voorbeeld-invoer';

// One named example per target group in domain.md: whoever asks gets a route (No Wrong Door).
const DOELGROEPEN: Voorbeeld[] = [
  {
    wie: 'Participatiewet',
    situatie: { uitkering: 'participatiewet' },
    verwacht: { stap: 'begeleiden', organisatie: 'GM0014', regel: 'participatiewet-klantregie' },
  },
  {
    wie: 'WW',
    situatie: { uitkering: 'ww' },
    verwacht: { stap: 'matchen', organisatie: 'UWV', regel: 'ww-bemiddeling' },
  },
  {
    wie: 'WIA',
    situatie: { uitkering: 'wia', arbeidsbeperking: true },
    verwacht: { stap: 'begeleiden', organisatie: 'UWV', regel: 'wia-wajong-werkfit' },
  },
  {
    wie: 'Wajong',
    situatie: { uitkering: 'wajong', arbeidsbeperking: true, leeftijd: 23 },
    verwacht: { stap: 'begeleiden', organisatie: 'UWV', regel: 'wia-wajong-werkfit' },
  },
  {
    wie: 'niet-uitkeringsgerechtigde',
    situatie: { uitkering: 'geen', werkend: false },
    verwacht: { stap: 'orienteren', organisatie: 'GM0014', regel: 'intakegesprek-gemeente' },
  },
  {
    wie: 'employee at risk',
    situatie: { werkend: true },
    verwacht: { stap: 'ontwikkelen', organisatie: 'leerwerkloket', regel: 'werkende-met-risico' },
  },
  {
    wie: "zzp'er",
    situatie: { zzp: true, werkend: true, hulpvraagSoort: 'ondernemen' },
    verwacht: { stap: 'begeleiden', organisatie: 'GM0014', regel: 'zzp-ondernemersadvies' },
  },
  {
    wie: 'young person without startkwalificatie',
    situatie: { leeftijd: 19, startkwalificatie: false },
    verwacht: { stap: 'scholen', organisatie: 'leerwerkloket', regel: 'jongere-zonder-startkwalificatie' },
  },
  {
    wie: '50-plusser on bijstand without startkwalificatie (Route Entree is for under-27s)',
    situatie: { leeftijd: 58, startkwalificatie: false, uitkering: 'participatiewet' },
    verwacht: { stap: 'begeleiden', organisatie: 'GM0014', regel: 'participatiewet-klantregie' },
  },
  {
    wie: 'statushouder',
    situatie: { statushouder: true, uitkering: 'participatiewet' },
    verwacht: { stap: 'ontwikkelen', organisatie: 'GM0014', regel: 'statushouder-taal' },
  },
  {
    wie: 'arbeidsbeperking without a UWV benefit',
    situatie: { arbeidsbeperking: true, uitkering: 'participatiewet' },
    verwacht: { stap: 'begeleiden', organisatie: 'GM0014', regel: 'arbeidsbeperking-werkfit' },
  },
  {
    wie: 'GGZ background, isolated (ladder rung 1)',
    situatie: { participatieladder: 1, arbeidsbeperking: true, uitkering: 'participatiewet' },
    verwacht: { stap: 'orienteren', organisatie: 'GM0014', regel: 'lage-participatieladder' },
  },
  {
    wie: 'Talentperron visitor',
    situatie: { kanaal: 'talentperron', hulpvraagSoort: 'onbekend' },
    verwacht: { stap: 'orienteren', organisatie: 'talentperron', regel: 'talentperron-orientatie' },
  },
  {
    wie: 'someone asking about schooling',
    situatie: { hulpvraagSoort: 'scholing' },
    verwacht: { stap: 'scholen', organisatie: 'leerwerkloket', regel: 'scholingsvraag' },
  },
];

describe('STANDAARD_REGELTABEL routes every target group', () => {
  it.each(DOELGROEPEN)('$wie', ({ situatie, verwacht }) => {
    expect(routeerStandaard(situatie)).toEqual(verwacht);
  });
});
