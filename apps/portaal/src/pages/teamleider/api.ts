import { gegevens, trajectenApi } from '../../api/client';
import type { components } from '../../api/generated/trajecten';

export type Medewerker = components['schemas']['Medewerkers']['items'][number];

/** The organisation's medewerkers: who can hold a traject, stand in or be named by the assignment rule. */
export const laadMedewerkers = (organisatie: string, signal: AbortSignal) =>
  gegevens(trajectenApi.GET('/medewerkers', { params: { query: { organisatie } }, signal })).then((r) => r.items);

/** A medewerker as a choice in a select: the name, with the subject the services know them by. */
export const medewerkerOpties = (medewerkers: Medewerker[]) =>
  medewerkers.filter((m) => m.actief).map((m) => ({ waarde: m.subject, tekst: `${m.naam} (${m.subject})` }));
