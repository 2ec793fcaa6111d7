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

/** Every event in the region, in publisher order; the source for stream setup and the docs. */
export const EVENT_CATALOG: readonly EventDefinition[] = Object.freeze([
  AanmeldingAfgerond,
  ToestemmingGewijzigd,
  ToestemmingGewijzigdV2,
  InwonerVerhuisd,
  InwonersSamengevoegd,
  VerwerkingBeperkt,
  InwonerGewist,
  TrajectGestart,
  TrajectToegewezen,
  VervangingGeregeld,
  StapGezet,
  ActiviteitAfgerond,
  TrajectAfgesloten,
  DuurzaamheidVastgesteld,
  StreefwaardeVastgesteld,
  PlaatsingGerealiseerd,
  PlaatsingBeeindigd,
  PlaatsingUrenGewijzigd,
  DeclaratieIngediend,
]);

const BY_TYPE = new Map(EVENT_CATALOG.map((def) => [def.type, def]));

export function findEventDefinition(type: string): EventDefinition | undefined {
  return BY_TYPE.get(type);
}
