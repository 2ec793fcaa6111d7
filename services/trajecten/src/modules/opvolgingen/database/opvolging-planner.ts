import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NieuweOpvolging, OpvolgingPlannerPort } from '../opvolging-planner.port';
import { GatheredWrites } from '@wiz/platform';
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
   * deterministic job id, so planning again adds nothing.
   */
  async planAlle(manager: EntityManager, items: readonly NieuweOpvolging[]): Promise<(string | undefined)[]> {
    if (items.length === 0) return [];
    const ids = items.map(() => randomUUID());
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO opvolgingen (id, soort, traject_id, plaatsing_id, vervaldatum, status, plaatsing_startdatum)
       SELECT id, soort, traject_id, plaatsing_id, vervaldatum, 'gepland', plaatsing_startdatum
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::date[])
           AS n(id, soort, traject_id, plaatsing_id, vervaldatum, plaatsing_startdatum)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        ids,
        items.map((o) => o.soort),
        items.map((o) => o.trajectId),
        items.map((o) => o.plaatsingId ?? null),
        items.map((o) => o.vervaldatum),
        items.map((o) => o.plaatsingStartdatum ?? null),
      ],
    );
    const nieuw = new Set(inserted.map((r) => r.id));
    await this.jobs.add(
      manager,
      items.flatMap((o, i) => (nieuw.has(ids[i]) ? [{ id: ids[i], vervaldatum: o.vervaldatum }] : [])),
    );
    return ids.map((id) => (nieuw.has(id) ? id : undefined));
  }

  /** The traject closed: its reminders lose their reason. A duurzaamheidscheck stays, the placement still counts. */
  async laatVervallen(manager: EntityManager, trajectId: string): Promise<void> {
    await manager.query(
      `UPDATE opvolgingen SET status = 'vervallen' WHERE traject_id = $1 AND status = 'gepland' AND soort IN ('contactmoment', 'stilstand')`,
      [trajectId],
    );
  }
}
