import type { Route } from './route-regel';

/**
 * What each default route offers, apart from when it applies (see standaard-routeregels.ts). The toelichting is
 * shown to the inwoner, so it is plain Dutch and addresses them as "u".
 */
export const STANDAARD_ROUTES = {
  ontwikkelcentrum: {
    stap: 'orienteren',
    organisatie: 'gemeente',
    dienst: 'WIZ-Ontwikkelcentrum',
    toelichting:
      'U bent welkom bij het WIZ-Ontwikkelcentrum. Daar werkt u in uw eigen tempo aan meedoen, gezondheid, geldzaken en werk, met hulp op één plek.',
  },
  ondernemersadvies: {
    stap: 'begeleiden',
    organisatie: 'gemeente',
    dienst: 'ondernemersadvies (Bbz)',
    toelichting:
      'Als zelfstandig ondernemer krijgt u advies van de ondernemersadviseur van uw gemeente, over uw bedrijf en over steun uit het Besluit bijstandverlening zelfstandigen (Bbz).',
  },
  werkfitUwv: {
    stap: 'begeleiden',
    organisatie: 'UWV',
    dienst: 'werkfittraject (Kansrijk Talent)',
    toelichting:
      'UWV begeleidt u. Met een werkfittraject van Kansrijk Talent werkt u stap voor stap naar werk dat past bij wat u kunt.',
  },
  bemiddeling: {
    stap: 'matchen',
    organisatie: 'UWV',
    dienst: 'bemiddeling naar werk',
    toelichting: 'UWV helpt u om snel passend werk te vinden en brengt u in contact met werkgevers in de regio.',
  },
  taalEnInburgering: {
    stap: 'ontwikkelen',
    organisatie: 'gemeente',
    dienst: 'taal en inburgering',
    toelichting:
      'Uw gemeente helpt u met de Nederlandse taal en uw inburgering, en kijkt samen met u hoe u daarna kunt werken of leren.',
  },
  werkfitGemeente: {
    stap: 'begeleiden',
    organisatie: 'gemeente',
    dienst: 'werkfittraject (Kansrijk Talent)',
    toelichting:
      'Uw gemeente begeleidt u met een werkfittraject naar werk dat past bij wat u kunt. We kijken daarbij ook naar afspraakbanen: banen die werkgevers speciaal bieden aan mensen met een arbeidsbeperking.',
  },
  routeEntree: {
    stap: 'scholen',
    organisatie: 'leerwerkloket',
    dienst: 'Route Entree naar een startkwalificatie',
    toelichting:
      'U heeft nog geen startkwalificatie (een diploma havo, vwo of mbo niveau 2 of hoger). Het Leerwerkloket helpt u een opleiding te kiezen, bijvoorbeeld via de Route Entree, zodat u een diploma haalt en meer kans op werk heeft.',
  },
  loopbaanadvies: {
    stap: 'ontwikkelen',
    organisatie: 'leerwerkloket',
    dienst: 'loopbaanadvies (Route Arbeid)',
    toelichting:
      'U heeft werk en wilt dat houden of verder groeien. Het Leerwerkloket geeft u loopbaanadvies en helpt u met scholing naast uw werk, via de Route Arbeid.',
  },
  klantregie: {
    stap: 'begeleiden',
    organisatie: 'gemeente',
    dienst: 'klantregie Participatiewet',
    toelichting: 'Een klantregisseur van uw gemeente begeleidt u en maakt samen met u een plan naar werk.',
  },
  keuzeadvies: {
    stap: 'scholen',
    organisatie: 'leerwerkloket',
    dienst: 'keuzeadvies (Kansrijk Opleiden)',
    toelichting:
      'Het Leerwerkloket helpt u een opleiding te kiezen en vertelt u over Kansrijk Opleiden: praktijkgerichte opleidingen voor beroepen met veel kans op werk.',
  },
  talentperron: {
    stap: 'orienteren',
    organisatie: 'talentperron',
    dienst: 'oriëntatie bij het Talentperron',
    toelichting:
      'Bij het Talentperron ontdekt u vrijblijvend wat bij u past. U krijgt advies en we verwijzen u naar de hulp die u nodig heeft.',
  },
  intakegesprek: {
    stap: 'orienteren',
    organisatie: 'gemeente',
    dienst: 'intakegesprek',
    toelichting: 'U begint met een gesprek bij uw gemeente. Samen bekijken we welke stap bij u past.',
  },
} as const satisfies Record<string, Route>;
