import type { ActiviteitResultaat, ActiviteitSoort, AfsluitReden, Stap } from '@wiz/contracts/browser';
import { api, ApiProblem } from '../../api/client';

/** The trajecten service's answers as these screens read them. */
export interface StapPeriode {
  stap: Stap;
  van: string;
  tot: string | null;
}
export interface Activiteit {
  id: string;
  soort: ActiviteitSoort;
  startdatum: string;
  resultaat: ActiviteitResultaat | null;
  datum: string | null;
}
export interface Overgang {
  van: Stap;
  naar: Stap;
  door: string;
  toelichting: string;
  op: string;
}
export interface Traject {
  id: string;
  inwonerId: string;
  status: 'actief' | 'afgesloten';
  huidigeStap: Stap;
  stappen: StapPeriode[];
  activiteiten: Activiteit[];
  versie: number;
  organisatie: string;
  gemeentecode: string;
  participatieladder: number | null;
  laatsteWijzigingOp: string;
  afsluiting?: { reden: AfsluitReden; datum: string };
  overgangen?: Overgang[];
  openOpvolgingen?: number;
}
export interface Werklijst {
  items: Traject[];
  pagina: number;
  paginagrootte: number;
  totaal: number;
}

export type OpvolgingSoort = 'contactmoment' | 'stilstand' | 'duurzaamheidscheck';
export type OpvolgingStatus = 'gepland' | 'open' | 'afgehandeld' | 'vervallen';
export interface Opvolging {
  id: string;
  soort: OpvolgingSoort;
  trajectId: string;
  plaatsingId: string | null;
  vervaldatum: string;
  status: OpvolgingStatus;
  uitkomst?: { inDienst: boolean; urenPerWeek: number; duurzaam: boolean };
  plaatsingBeeindigd?: { einddatum: string; reden: string };
}

export const laadOpvolgingen = (zoek: Record<string, string>, signal: AbortSignal) =>
  api<{ items: Opvolging[] }>('trajecten', `/opvolgingen?${new URLSearchParams(zoek)}`, { signal }).then(
    (r) => r.items,
  );

/**
 * The same refusal, with a Dutch explanation for the statuses a consulent can run into (the service's detail is
 * English, for developers). The title by status stays Probleem's.
 */
export function inHetNederlands(fout: Error, uitleg: Partial<Record<number, string>>): Error {
  if (!(fout instanceof ApiProblem) || !uitleg[fout.status]) return fout;
  return new ApiProblem(fout.status, fout.title, uitleg[fout.status], fout.errors, fout.body);
}
