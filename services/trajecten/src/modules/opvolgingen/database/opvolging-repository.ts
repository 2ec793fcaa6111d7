import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OpvolgingSoort, OpvolgingStatus } from '../domain/opvolging';

export interface OpvolgingVoorUitkomst {
  soort: OpvolgingSoort;
  status: OpvolgingStatus;
  plaatsingId: string;
  trajectId: string;
  inwonerId: string;
  gemeentecode: string;
  organisatie: string;
}

/** The follow-up aggregate as its outcome is recorded; the row is locked so an outcome is recorded once. */
@Injectable()
export class OpvolgingRepository {
  async voorUitkomst(m: EntityManager, id: string): Promise<OpvolgingVoorUitkomst | undefined> {
    const [o] = await m.query(
      `SELECT o.soort, o.status, o.plaatsing_id, t.id AS traject_id, t.inwoner_id, t.gemeentecode, t.organisatie
         FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = $1 FOR UPDATE OF o`,
      [id],
    );
    if (!o) return undefined;
    return {
      soort: o.soort,
      status: o.status,
      plaatsingId: o.plaatsing_id,
      trajectId: o.traject_id,
      inwonerId: o.inwoner_id,
      gemeentecode: o.gemeentecode,
      organisatie: o.organisatie,
    };
  }

  /**
   * Waits for any other closing of the same traject's follow-ups (a transaction lock on the traject), taken before
   * any follow-up row is: a closing replaces the traject's planned reminder of a kind, which may be the row another
   * closing holds.
   */
  async eenAfsluitingTegelijk(m: EntityManager, id: string): Promise<void> {
    await m.query(
      `SELECT pg_advisory_xact_lock(hashtext('opvolgingen:' || traject_id::text)) FROM opvolgingen WHERE id = $1`,
      [id],
    );
  }

  async handelAf(m: EntityManager, id: string, uitkomst: object): Promise<void> {
    await m.query(`UPDATE opvolgingen SET status = 'afgehandeld', uitkomst = $2 WHERE id = $1`, [
      id,
      JSON.stringify(uitkomst),
    ]);
  }
}
