import type { z } from 'zod';
import type { EventDefinition } from './define-event';
import {
  AanmeldingAfgerond,
  InwonerGewist,
  InwonersSamengevoegd,
  InwonerVerhuisd,
  ToestemmingGewijzigd,
  ToestemmingGewijzigdV2,
  VerwerkingBeperkt,
} from './intake';
import { DeclaratieIngediend } from './subsidies';
import {
  ActiviteitAfgerond,
  DuurzaamheidVastgesteld,
  StapGezet,
  StreefwaardeVastgesteld,
  TrajectAfgesloten,
  TrajectGestart,
  TrajectToegewezen,
  VervangingGeregeld,
} from './trajecten';
import { PlaatsingBeeindigd, PlaatsingGerealiseerd, PlaatsingUrenGewijzigd } from './werkgevers';

// One realistic payload per event: shown in the catalog and checked by the tests, so the
// documentation cannot drift from the schemas. Typed against each schema's input.
function example<E extends EventDefinition>(def: E, data: z.input<E['schema']>): [string, unknown] {
  return [def.type, data];
}

const INWONER = '3f1c2a5e-8b7d-4c1e-9a2b-6d5e4f3a2b1c';
const TRAJECT = '7a9b8c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const AANMELDING = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const PLAATSING = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';

export const EVENT_EXAMPLES: ReadonlyMap<string, unknown> = new Map([
  example(AanmeldingAfgerond, {
    aanmeldingId: AANMELDING,
    inwonerId: INWONER,
    kanaal: 'talentperron',
    organisatie: 'GM0014',
    gemeentecode: 'GM0014',
    stap: 'begeleiden',
    dienst: 'werkfit',
    regelingen: ['JTF'],
    aangemeldOp: '2026-03-02T09:15:00Z',
    deelnemer: {
      arbeidsmarktstatus: 'langdurig-werkloos',
      leeftijdsband: '30-54',
      opleidingsniveau: 'isced-3-4',
      arbeidsbeperking: false,
      uitkering: 'participatiewet',
      langdurigWerkloos: true,
      derdelander: false,
      dakloos: false,
      uitkeringSinds: '2024-05',
      doelgroepregister: false,
    },
    participatieladder: 3,
    doelgroepen: ['participatiewet'],
    routeringVersie: 2,
  }),
  example(ToestemmingGewijzigd, {
    inwonerId: INWONER,
    doel: 'profiel-delen-met-werkgevers',
    gegeven: true,
    gewijzigdOp: '2026-03-02T09:20:00Z',
  }),
  example(ToestemmingGewijzigdV2, {
    inwonerId: INWONER,
    doel: 'profiel-delen-met-vacature',
    vacatureId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    gegeven: true,
    gewijzigdOp: '2026-03-02T09:20:00Z',
    geldigTot: '2026-09-30',
    toestemmingId: '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901',
  }),
  example(InwonerVerhuisd, {
    inwonerId: INWONER,
    vanGemeentecode: 'GM0014',
    naarGemeentecode: 'GM0114',
    verhuisdOp: '2026-04-01T10:00:00Z',
  }),
  example(InwonersSamengevoegd, {
    behoudenInwonerId: INWONER,
    vervallenInwonerId: '5d6e7f80-91a2-4b3c-8d4e-5f6071829304',
    samengevoegdOp: '2026-04-02T11:30:00Z',
  }),
  example(VerwerkingBeperkt, {
    inwonerId: INWONER,
    verzoekId: '6e7f8091-a2b3-4c4d-9e5f-60718293a4b5',
    beperkt: true,
    gewijzigdOp: '2026-05-04T09:00:00Z',
  }),
  example(InwonerGewist, {
    inwonerId: INWONER,
    verzoekId: '7f8091a2-b3c4-4d5e-8f60-718293a4b5c6',
    gewistOp: '2026-06-01T08:00:00Z',
  }),
  example(TrajectGestart, {
    trajectId: TRAJECT,
    inwonerId: INWONER,
    aanmeldingId: AANMELDING,
    organisatie: 'GM0014',
    gemeentecode: 'GM0014',
    stap: 'begeleiden',
    gestartOp: '2026-03-02T09:15:01Z',
  }),
  example(TrajectToegewezen, {
    trajectId: TRAJECT,
    inwonerId: INWONER,
    organisatie: 'GM0014',
    team: 'team-noord',
    consulent: 'c-0142',
    reden: 'start',
    toegewezenOp: '2026-03-02T09:15:01Z',
    versie: 1,
  }),
  example(VervangingGeregeld, {
    vervangingId: '0c6a3e4f-93d2-4b8e-9a51-6f2e8b7d1c30',
    organisatie: 'GM0014',
    vervanger: 'c-0177',
    voor: 'c-0142',
    van: '2026-07-20',
    tot: '2026-08-07',
  }),
  example(StapGezet, {
    trajectId: TRAJECT,
    inwonerId: INWONER,
    gemeentecode: 'GM0014',
    van: 'begeleiden',
    naar: 'ontwikkelen',
    gezetOp: '2026-04-10T13:00:00Z',
    versie: 2,
  }),
  example(ActiviteitAfgerond, {
    trajectId: TRAJECT,
    inwonerId: INWONER,
    gemeentecode: 'GM0014',
    activiteitId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
    soort: 'kansrijk-opleiden',
    resultaat: 'behaald',
    datum: '2026-06-30',
  }),
  example(TrajectAfgesloten, {
    trajectId: TRAJECT,
    inwonerId: INWONER,
    gemeentecode: 'GM0014',
    reden: 'werk',
    datum: '2026-07-01',
  }),
  example(DuurzaamheidVastgesteld, {
    trajectId: TRAJECT,
    inwonerId: INWONER,
    plaatsingId: PLAATSING,
    duurzaam: true,
    inDienst: true,
    urenPerWeek: 28,
    vastgesteldOp: '2027-01-04T10:00:00Z',
  }),
  example(StreefwaardeVastgesteld, {
    streefwaardeId: '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4',
    sleutel: 'afspraakbanen',
    geldigVanaf: '2021-01-01',
    basisdatum: '2020-12-31',
    beginstand: 3001,
    beginstandEenheden: 3001,
    doel: 4500,
    doelEenheden: 4500,
    vastgesteldOp: '2026-11-30T14:00:00Z',
  }),
  example(PlaatsingGerealiseerd, {
    plaatsingId: PLAATSING,
    trajectId: TRAJECT,
    inwonerId: INWONER,
    werkgeverId: 'a0b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d',
    startdatum: '2026-07-01',
    urenPerWeek: 25.5,
    contractvorm: 'tijdelijk',
    afspraakbaan: true,
  }),
  example(PlaatsingBeeindigd, {
    plaatsingId: PLAATSING,
    trajectId: TRAJECT,
    inwonerId: INWONER,
    einddatum: '2027-06-30',
    reden: 'contract-niet-verlengd',
  }),
  example(PlaatsingUrenGewijzigd, {
    plaatsingId: PLAATSING,
    trajectId: TRAJECT,
    inwonerId: INWONER,
    vorigeUrenPerWeek: 20,
    urenPerWeek: 28,
    ingangsdatum: '2026-09-01',
  }),
  example(DeclaratieIngediend, {
    declaratieId: 'f0e1d2c3-b4a5-4968-8776-655443322110',
    regelingCode: 'JTF',
    periodeVan: '2026-01-01',
    periodeTot: '2026-06-30',
    subsidiabelCenten: 12_345_600,
    bijdrageCenten: 7_407_360,
    aantalKostenregels: 412,
    ingediendOp: '2026-07-15T08:00:00Z',
  }),
]);
