import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Stap } from '@wiz/contracts';
import type { TrajectToestand } from '../domain/traject';

export interface TrajectRij extends TrajectToestand {
  id: string;
  inwonerId: string;
  organisatie: string;
  gemeentecode: string;
  participatieladder: number | null;
}

/** Loads and stores the traject aggregate; `voorWijziging` locks the row so concurrent edits queue up. */
@Injectable()
export class TrajectRepository {
  async laad(manager: EntityManager, id: string, voorWijziging = false): Promise<TrajectRij | undefined> {
    const [r] = await manager.query(
      `SELECT id, inwoner_id, organisatie, gemeentecode, status, huidige_stap, stappen, versie, participatieladder
         FROM trajecten WHERE id = $1 ${voorWijziging ? 'FOR UPDATE' : ''}`,
      [id],
    );
    if (!r) return undefined;
    return {
      id: r.id,
      inwonerId: r.inwoner_id,
      organisatie: r.organisatie,
      gemeentecode: r.gemeentecode,
      status: r.status,
      huidigeStap: r.huidige_stap as Stap,
      stappen: r.stappen,
      versie: r.versie,
      participatieladder: r.participatieladder,
    };
  }

  async bewaar(
    manager: EntityManager,
    t: TrajectRij,
    extra: { afsluitreden?: string; afgeslotenOp?: string } = {},
  ): Promise<void> {
    await manager.query(
      `UPDATE trajecten SET status = $2, huidige_stap = $3, stappen = $4, versie = $5, participatieladder = $6,
              afsluitreden = coalesce($7, afsluitreden), afgesloten_op = coalesce($8::date, afgesloten_op), laatste_wijziging_op = now()
        WHERE id = $1`,
      [
        t.id,
        t.status,
        t.huidigeStap,
        JSON.stringify(t.stappen),
        t.versie,
        t.participatieladder,
        extra.afsluitreden ?? null,
        extra.afgeslotenOp ?? null,
      ],
    );
  }
}
