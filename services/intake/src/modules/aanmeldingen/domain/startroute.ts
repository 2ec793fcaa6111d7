import type { NieuweAanmelding, Route } from './aanmelding.types';

/**
 * The route of the thin slice: everyone starts with Oriënteren at their own gemeente. No Wrong Door holds
 * already (every well-formed aanmelding gets a route); the versioned routing rule table replaces this function
 * in the intake issue.
 */
export function startroute(aanmelding: NieuweAanmelding): Route {
  return {
    stap: 'orienteren',
    organisatie: aanmelding.inwoner.gemeentecode,
    dienst: 'intakegesprek',
    regelingen: [],
    toelichting: 'U begint met een oriënterend gesprek bij uw gemeente. Samen bepalen we welke stap bij u past.',
  };
}
