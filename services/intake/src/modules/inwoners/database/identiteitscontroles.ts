import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { limietEnBegin, Paginering } from '@wiz/contracts';
import type { CombinedWrite, Principal } from '@wiz/platform';
import type { Identiteitsuitkomst, IdentiteitscontroleStatus, Identiteitsveld } from '../domain/identiteit';

export interface Identiteitscontrole {
  id: string;
  aanmeldingId: string;
  inwonerId: string;
  /** The organisation that registered the aanmelding. */
  organisatie: string;
  afwijkendeVelden: Identiteitsveld[];
  status: IdentiteitscontroleStatus;
  gevondenOp: string;
  beoordeeldDoor: string | null;
  beoordeeldOp: string | null;
  toelichting: string | null;
}

const KOLOMMEN = `c.id, c.aanmelding_id, c.inwoner_id, a.geregistreerd_door_organisatie, c.afwijkende_velden, c.status, c.gevonden_op,
                  c.beoordeeld_door, c.beoordeeld_op, c.toelichting`;

/**
 * Aanmeldingen whose name or birth date differed from the identity held for their BSN, for beheer to judge: the
 * same person (a typo, a new name), after which the aanmelding counts as confirmed, or another person (a wrong or
 * misused BSN), after which it stays apart from what is shared about the inwoner.
 */
@Injectable()
export class Identiteitscontroles {
  async open(
    manager: EntityManager,
    aanmeldingId: string,
    inwonerId: string,
    afwijkendeVelden: Identiteitsveld[],
  ): Promise<void> {
    await manager.query(
      'INSERT INTO identiteitscontroles (id, aanmelding_id, inwoner_id, afwijkende_velden) VALUES ($1, $2, $3, $4)',
      [randomUUID(), aanmeldingId, inwonerId, afwijkendeVelden],
    );
  }

  /** `open` as a part of the statement `write`, only for a row of its part `na` (the aanmelding, stored with it). */
  openMee(
    write: CombinedWrite,
    aanmeldingId: string,
    inwonerId: string,
    afwijkendeVelden: Identiteitsveld[],
    na: string,
  ): void {
    const p = (waarde: unknown) => write.param(waarde);
    write.with(
      'identiteitscontrole',
      `INSERT INTO identiteitscontroles (id, aanmelding_id, inwoner_id, afwijkende_velden)
       SELECT ${p(randomUUID())}::uuid, ${p(aanmeldingId)}::uuid, ${p(inwonerId)}::uuid, ${p(afwijkendeVelden)}::text[] FROM ${na}`,
    );
  }

  async lijst(
    manager: EntityManager,
    status: IdentiteitscontroleStatus,
    p: Paginering,
  ): Promise<{ items: Identiteitscontrole[]; totaal: number }> {
    const [{ totaal }] = await manager.query(
      'SELECT count(*)::int AS totaal FROM identiteitscontroles WHERE status = $1',
      [status],
    );
    const rows = await manager.query(
      `SELECT ${KOLOMMEN} FROM identiteitscontroles c JOIN aanmeldingen a ON a.id = c.aanmelding_id
        WHERE c.status = $1 ORDER BY c.gevonden_op, c.id LIMIT $2 OFFSET $3`,
      [status, ...limietEnBegin(p)],
    );
    return { items: rows.map(alsControle), totaal };
  }

  /** Undefined when there is no such check; `false` when it was judged already (a judgement is not changed). */
  async beoordeel(
    manager: EntityManager,
    id: string,
    uitkomst: Identiteitsuitkomst,
    toelichting: string | undefined,
    door: Principal,
  ): Promise<Identiteitscontrole | false | undefined> {
    const [huidig] = await manager.query('SELECT status FROM identiteitscontroles WHERE id = $1 FOR UPDATE', [id]);
    if (!huidig) return undefined;
    if (huidig.status !== 'open') return false;
    await manager.query(
      `UPDATE identiteitscontroles SET status = $2, toelichting = $3, beoordeeld_door = $4, beoordeeld_op = now() WHERE id = $1`,
      [id, uitkomst, toelichting ?? null, door.subject],
    );
    const [row] = await manager.query(
      `SELECT ${KOLOMMEN} FROM identiteitscontroles c JOIN aanmeldingen a ON a.id = c.aanmelding_id WHERE c.id = $1`,
      [id],
    );
    return alsControle(row);
  }
}

function alsControle(r: Record<string, any>): Identiteitscontrole {
  return {
    id: r.id,
    aanmeldingId: r.aanmelding_id,
    inwonerId: r.inwoner_id,
    organisatie: r.geregistreerd_door_organisatie,
    afwijkendeVelden: r.afwijkende_velden,
    status: r.status,
    gevondenOp: (r.gevonden_op as Date).toISOString(),
    beoordeeldDoor: r.beoordeeld_door,
    beoordeeldOp: r.beoordeeld_op ? (r.beoordeeld_op as Date).toISOString() : null,
    toelichting: r.toelichting,
  };
}
