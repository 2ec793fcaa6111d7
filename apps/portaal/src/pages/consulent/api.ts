import { ApiProblem, gegevens, trajectenApi } from '../../api/client';
import type { components, operations } from '../../api/generated/trajecten';

/** The trajecten service's answers, as its OpenAPI document describes them. */
type Schemas = components['schemas'];
export type Traject = Schemas['Traject'];
export type StapPeriode = Traject['stappen'][number];
export type Activiteit = Traject['activiteiten'][number];
export type Overgang = Traject['overgangen'][number];
export type Werklijst = Schemas['Werklijst'];
export type Opvolging = Schemas['Opvolging'];
export type OpvolgingSoort = Opvolging['soort'];
export type OpvolgingStatus = Opvolging['status'];
export type Caseload = Schemas['Caseload'];
export type CaseloadRegel = Caseload['items'][number];
export type Overdracht = Schemas['Overdrachten']['items'][number];
export type Notitie = Schemas['JournaalNotities']['items'][number];
export type NotitieSoort = Notitie['soort'];
export type Plan = Schemas['TrajectPlan'];
export type PlanStatus = Plan['doelen'][number]['status'];

/** Outside the consulent's caseload and team the service answers 404: an ordinary state, said in words. */
export const nietInCaseload = (fout: Error | undefined) => fout instanceof ApiProblem && fout.status === 404;

export const laadOpvolgingen = (query: operations['listOpvolgingen']['parameters']['query'], signal: AbortSignal) =>
  gegevens(trajectenApi.GET('/opvolgingen', { params: { query }, signal })).then((r) => r.items);

export const laadOverdrachten = (trajectId: string, signal: AbortSignal) =>
  gegevens(trajectenApi.GET('/trajecten/{id}/overdrachten', { params: { path: { id: trajectId } }, signal })).then(
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
