import type { EntityManager } from 'typeorm';
import type { CombinedWrite } from '@wiz/platform';
import type { OpvolgingSoort } from './domain/opvolging';

/** Injection token of the `OpvolgingPlannerPort` that OpvolgingenModule exports. */
export const OPVOLGING_PLANNER = Symbol('OpvolgingPlanner');

export interface NieuweOpvolging {
  soort: OpvolgingSoort;
  trajectId: string;
  vervaldatum: Date;
  plaatsingId?: string;
  plaatsingStartdatum?: string;
  /**
   * The event that plans it, when a handler plans the follow-ups of several events at once (OnEventBatch): its id
   * is then the one that event alone would give it. Without it, the event being applied (or a random id).
   */
  eventId?: string;
}

/** What the trajecten context may ask of follow-ups: plan one or several, and let a closed traject's reminders lapse. */
export interface OpvolgingPlannerPort {
  /** The new follow-up's id, or undefined when it exists already (one duurzaamheidscheck per plaatsing). */
  plan(m: EntityManager, o: NieuweOpvolging): Promise<string | undefined>;
  /** Several at once (one INSERT, one BullMQ addBulk); per item as `plan`. */
  planAlle(m: EntityManager, o: readonly NieuweOpvolging[]): Promise<(string | undefined)[]>;
  /** `planAlle` as a part of the caller's statement, only when the part `na` has a row; the new ids from its row. */
  planAlleMee(
    write: CombinedWrite,
    o: readonly NieuweOpvolging[],
    na?: string,
  ): (rij: Record<string, unknown>) => (string | undefined)[];
  laatVervallen(m: EntityManager, trajectId: string): Promise<void>;
}
