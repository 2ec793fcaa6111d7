import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NieuweOpvolging, OpvolgingPlannerPort } from '../opvolging-planner.port';
import { CombinedWrite, GatheredWrites, idWithinEvent } from '@wiz/platform';
import { Klaar, OpvolgingWachtrij } from '../jobs/opvolging-wachtrij';

/**
 * Plans a follow-up: the row in PostgreSQL is the truth, the BullMQ job only its alarm clock. The job may run
 * before this transaction commits; it then does not see the row, fails, and is retried until it does.
 */
@Injectable()
export class OpvolgingPlanner implements OpvolgingPlannerPort {
  /** The jobs of a batch of events go to Redis in one addBulk at its end, still before it commits. */
  private readonly jobs: GatheredWrites<Klaar>;

  constructor(wachtrij: OpvolgingWachtrij) {
    this.jobs = new GatheredWrites((_m, klaar) => wachtrij.zetKlaarGebundeld(klaar));
  }

  async plan(manager: EntityManager, o: NieuweOpvolging): Promise<string | undefined> {
    const [id] = await this.planAlle(manager, [o]);
    return id;
  }

  /**
   * Many follow-ups in one INSERT and one addBulk. Per item its new id, or undefined where it existed already (one
   * duurzaamheidscheck per plaatsing, also twice in one call): only new rows get a job, each with its own
   * deterministic id, so planning again adds nothing.
   */
  async planAlle(manager: EntityManager, items: readonly NieuweOpvolging[]): Promise<(string | undefined)[]> {
    if (items.length === 0) return [];
    const write = new CombinedWrite();
    const nieuwe = this.planAlleMee(write, items);
    return nieuwe(await write.run(manager));
  }

  /**
   * `planAlle` as a part of the caller's statement, only when the part `na` has a row (when given); the jobs of the
   * new rows are queued once the statement ran. Returns how to read the new ids (as `planAlle`) from its row.
   */
  planAlleMee(
    write: CombinedWrite,
    items: readonly NieuweOpvolging[],
    na?: string,
  ): (rij: Record<string, unknown>) => (string | undefined)[] {
    // The same ids when an event's transaction rolled back after the jobs were queued and it is applied again: the
    // jobs (job id from the row id) then belong to the new rows, none is left behind without one. The item's place
    // is in the name (its place among its event's), so the same follow-up twice in one call still gets two ids and
    // the table's keys decide.
    const plaatsen = new Map<string | undefined, number>();
    const ids = items.map((o) => {
      const i = plaatsen.get(o.eventId) ?? 0;
      plaatsen.set(o.eventId, i + 1);
      const naam = `opvolging ${i} ${o.soort} ${o.trajectId} ${o.plaatsingId ?? ''} ${o.vervaldatum.toISOString()}`;
      return idWithinEvent(naam, o.eventId);
    });
    const p = (waarde: unknown) => write.param(waarde);
    const naam = write.with(
      'opvolgingen_gepland',
      `INSERT INTO opvolgingen (id, soort, traject_id, plaatsing_id, vervaldatum, status, plaatsing_startdatum)
       SELECT id, soort, traject_id, plaatsing_id, vervaldatum, 'gepland', plaatsing_startdatum
         FROM unnest(${p(ids)}::uuid[], ${p(items.map((o) => o.soort))}::text[], ${p(items.map((o) => o.trajectId))}::uuid[],
                     ${p(items.map((o) => o.plaatsingId ?? null))}::uuid[], ${p(items.map((o) => o.vervaldatum))}::timestamptz[],
                     ${p(items.map((o) => o.plaatsingStartdatum ?? null))}::date[])
           AS n(id, soort, traject_id, plaatsing_id, vervaldatum, plaatsing_startdatum)
        ${na ? `WHERE EXISTS (SELECT 1 FROM ${na})` : ''}
       ON CONFLICT DO NOTHING RETURNING id`,
    );
    write.output(naam, `ARRAY(SELECT id FROM ${naam})`);
    const nieuwIn = (rij: Record<string, unknown>) => new Set(rij[naam] as string[]);
    write.onRun((manager, rij) => {
      const nieuw = nieuwIn(rij);
      return this.jobs.add(
        manager,
        items.flatMap((o, i) => (nieuw.has(ids[i]) ? [{ id: ids[i], vervaldatum: o.vervaldatum }] : [])),
      );
    });
    return (rij) => {
      const nieuw = nieuwIn(rij);
      return ids.map((id) => (nieuw.has(id) ? id : undefined));
    };
  }

  /**
   * Plans a contact moment or stalled reminder as the traject's one planned reminder of its kind: the one planned
   * before lapses (its job, when it runs, finds nothing to fire), so a series never doubles. A reminder another
   * transaction planned meanwhile (a job firing and planning its next) is found by the next round.
   */
  async vervangHerinnering(manager: EntityManager, o: NieuweOpvolging): Promise<string> {
    for (;;) {
      await manager.query(
        `UPDATE opvolgingen SET status = 'vervallen' WHERE traject_id = $1 AND soort = $2 AND status = 'gepland'`,
        [o.trajectId, o.soort],
      );
      const id = await this.plan(manager, o);
      if (id) return id;
    }
  }

  /** The traject closed: its reminders lose their reason. A duurzaamheidscheck stays, the placement still counts. */
  async laatVervallen(manager: EntityManager, trajectId: string): Promise<void> {
    await manager.query(
      `UPDATE opvolgingen SET status = 'vervallen' WHERE traject_id = $1 AND status = 'gepland' AND soort IN ('contactmoment', 'stilstand')`,
      [trajectId],
    );
  }
}
