import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NieuweOpvolging, OpvolgingPlannerPort } from '../opvolging-planner.port';
import { OpvolgingWachtrij } from '../jobs/opvolging-wachtrij';

/**
 * Plans a follow-up: the row in PostgreSQL is the truth, the BullMQ job only its alarm clock. The job may run
 * before this transaction commits; it then does not see the row, fails, and is retried until it does.
 */
@Injectable()
export class OpvolgingPlanner implements OpvolgingPlannerPort {
  constructor(private readonly wachtrij: OpvolgingWachtrij) {}

  async plan(manager: EntityManager, o: NieuweOpvolging): Promise<string | undefined> {
    const id = randomUUID();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO opvolgingen (id, soort, traject_id, plaatsing_id, vervaldatum, status, plaatsing_startdatum)
       VALUES ($1, $2, $3, $4, $5, 'gepland', $6) ON CONFLICT DO NOTHING RETURNING id`,
      [id, o.soort, o.trajectId, o.plaatsingId ?? null, o.vervaldatum, o.plaatsingStartdatum ?? null],
    );
    if (inserted.length === 0) return undefined; // one duurzaamheidscheck per plaatsing
    await this.wachtrij.zetKlaar([{ id, vervaldatum: o.vervaldatum }]);
    return id;
  }

  /** The traject closed: its reminders lose their reason. A duurzaamheidscheck stays, the placement still counts. */
  async laatVervallen(manager: EntityManager, trajectId: string): Promise<void> {
    await manager.query(
      `UPDATE opvolgingen SET status = 'vervallen' WHERE traject_id = $1 AND status = 'gepland' AND soort IN ('contactmoment', 'stilstand')`,
      [trajectId],
    );
  }
}
