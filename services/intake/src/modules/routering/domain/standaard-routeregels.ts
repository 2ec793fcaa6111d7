import type { RouteRegel } from './route-regel';
import { STANDAARD_ROUTES as ROUTES } from './standaard-routes';

/**
 * Default route rules, in priority order (first match wins). The order follows one line of reasoning:
 * 1. readiness first: a low rung on the participatieladder means care and welfare come before any work route;
 * 2. the person's own business (zzp) is the question, whatever else applies;
 * 3. the organisation that owns a benefit guides its client: UWV for WIA/Wajong and WW;
 * 4. needs a route cannot skip: inburgering, then an arbeidsbeperking;
 * 5. a startkwalificatie for young people before prevention or klantregie (sluitende aanpak jongeren);
 * 6. prevention for employees at risk; then gemeente klantregie for Participatiewet;
 * 7. only then what the person asks (scholing) and where they came in (Talentperron);
 * 8. the catch-all: an intake at the own gemeente, so nobody hears "not our target group".
 * Where groups overlap (a young statushouder on bijstand), the order decides; standaard-regeltabel.spec.ts pins
 * each such case, and a test proves every rule stays reachable.
 */
export const STANDAARD_ROUTEREGELS: RouteRegel[] = [
  // Rungs 1–2 (isolated, only social contacts): an integral work/care/welfare programme is the first step.
  {
    naam: 'lage-participatieladder',
    voorwaarden: { participatieladderVan: 1, participatieladderTot: 2 },
    route: ROUTES.ontwikkelcentrum,
  },
  // Zzp'ers ask about their enterprise; the gemeente's Bbz adviser covers both advice and income support.
  { naam: 'zzp-ondernemersadvies', voorwaarden: { zzp: true }, route: ROUTES.ondernemersadvies },
  // UWV carries re-integration for WIA and Wajong; Kansrijk Talent werkfit trajecten fit that role.
  { naam: 'wia-wajong-werkfit', voorwaarden: { uitkering: ['wia', 'wajong'] }, route: ROUTES.werkfitUwv },
  // WW means recent work experience: UWV matches directly to vacancies.
  { naam: 'ww-bemiddeling', voorwaarden: { uitkering: ['ww'] }, route: ROUTES.bemiddeling },
  // Inburgering is a legal duty led by the gemeente, and language opens every later step.
  { naam: 'statushouder-taal', voorwaarden: { statushouder: true }, route: ROUTES.taalEnInburgering },
  // Arbeidsbeperking without a UWV benefit and not working: gemeente werkfit, with afspraakbanen in view.
  {
    naam: 'arbeidsbeperking-werkfit',
    voorwaarden: { arbeidsbeperking: true, werkend: false, uitkering: ['participatiewet', 'anw', 'geen'] },
    route: ROUTES.werkfitGemeente,
  },
  // Under 27 without startkwalificatie: a diploma first, also for young employees (praktijkleren).
  {
    naam: 'jongere-zonder-startkwalificatie',
    voorwaarden: { leeftijdTot: 26, startkwalificatie: false },
    route: ROUTES.routeEntree,
  },
  // Employees without benefit who risk falling behind: preventive career advice (leven lang ontwikkelen).
  {
    naam: 'werkende-met-risico',
    voorwaarden: { werkend: true, zzp: false, uitkering: ['geen'] },
    route: ROUTES.loopbaanadvies,
  },
  // Bijstand: the gemeente's klantregisseur owns the plan (and can add scholing or werkfit later).
  {
    naam: 'participatiewet-klantregie',
    voorwaarden: { uitkering: ['participatiewet'] },
    route: ROUTES.klantregie,
  },
  // No owner from the situation, but a clear question about learning: the Leerwerkloket advises.
  { naam: 'scholingsvraag', voorwaarden: { hulpvraagSoorten: ['scholing'] }, route: ROUTES.keuzeadvies },
  // Came in at the Talentperron without a more specific route: stay there for low-threshold orientation.
  { naam: 'talentperron-orientatie', voorwaarden: { kanalen: ['talentperron'] }, route: ROUTES.talentperron },
  // Catch-all (must stay last, the schema enforces it): everyone else starts with an intake at their gemeente.
  { naam: 'intakegesprek-gemeente', voorwaarden: {}, route: ROUTES.intakegesprek },
];
