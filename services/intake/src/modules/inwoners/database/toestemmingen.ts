import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { ToestemmingDoel } from '@wiz/contracts';
import type { Toestemming } from '../domain/toestemming';

/** One change in a consent's history: given or withdrawn, when, and by the inwoner or staff on their behalf. */
export interface ToestemmingHandeling {
  toestemmingId: string;
  doel: ToestemmingDoel;
  vacatureId?: string;
  handeling: 'gegeven' | 'ingetrokken';
  op: string;
  namens: boolean;
  /** The organisation of the staff member who acted (none when the inwoner acted). */
  organisatie?: string;
}

type Rij = {
  id: string;
  inwoner_id: string;
  doel: ToestemmingDoel;
  vacature_id: string | null;
  gegeven_op: Date;
  geldig_tot: string | null;
  ingetrokken_op: Date | null;
  namens: boolean;
};

const KOLOMMEN = `id, inwoner_id, doel, vacature_id, gegeven_op, to_char(geldig_tot, 'YYYY-MM-DD') AS geldig_tot, ingetrokken_op, namens`;

const alsToestemming = (r: Rij): Toestemming => ({
  id: r.id,
  inwonerId: r.inwoner_id,
  doel: r.doel,
  ...(r.vacature_id ? { vacatureId: r.vacature_id } : {}),
  gegevenOp: r.gegeven_op.toISOString(),
  ...(r.geldig_tot ? { geldigTot: r.geldig_tot } : {}),
  ...(r.ingetrokken_op ? { ingetrokkenOp: r.ingetrokken_op.toISOString() } : {}),
  namens: r.namens,
});

/** Staff acting for the person; the person themself carries an inwoner token. */
export const namensInwoner = (door: Principal) => door.inwonerId === undefined;

/**
 * An inwoner's consents: one row per consent (toestemmingen), each change kept in the append-only history
 * (toestemming_wijzigingen) with who made it, their organisation and role, and whether on the inwoner's behalf.
 */
@Injectable()
export class Toestemmingen {
  /** Every consent of this inwoner, withdrawn ones too, oldest first. */
  async alle(m: EntityManager, inwonerId: string): Promise<Toestemming[]> {
    const rows: Rij[] = await m.query(
      `SELECT ${KOLOMMEN} FROM toestemmingen WHERE inwoner_id = $1 ORDER BY gegeven_op, id`,
      [inwonerId],
    );
    return rows.map(alsToestemming);
  }

  /** This consent when it is this inwoner's, locked for a change. */
  async vanInwoner(m: EntityManager, inwonerId: string, id: string): Promise<Toestemming | undefined> {
    const [row]: Rij[] = await m.query(
      `SELECT ${KOLOMMEN} FROM toestemmingen WHERE id = $1 AND inwoner_id = $2 FOR UPDATE`,
      [id, inwonerId],
    );
    return row && alsToestemming(row);
  }

  async geef(m: EntityManager, t: Toestemming, door: Principal): Promise<void> {
    await m.query(
      `INSERT INTO toestemmingen (id, inwoner_id, doel, vacature_id, gegeven, gegeven_op, geldig_tot, gewijzigd_op, gewijzigd_door,
                                  gewijzigd_door_organisatie, gewijzigd_door_rol, namens)
       VALUES ($1, $2, $3, $4, true, $5, $6, $5, $7, $8, $9, $10)`,
      [t.id, t.inwonerId, t.doel, t.vacatureId ?? null, t.gegevenOp, t.geldigTot ?? null, ...this.wie(door)],
    );
    await this.leg(m, t, true, t.gegevenOp, door);
  }

  async trekIn(m: EntityManager, t: Toestemming, op: string, door: Principal): Promise<void> {
    await m.query(
      `UPDATE toestemmingen SET gegeven = false, ingetrokken_op = $2, gewijzigd_op = $2, gewijzigd_door = $3,
              gewijzigd_door_organisatie = $4, gewijzigd_door_rol = $5, namens = $6
        WHERE id = $1`,
      [t.id, op, ...this.wie(door)],
    );
    await this.leg(m, t, false, op, door);
  }

  /** Every change of this inwoner's consents, oldest first. */
  async geschiedenis(m: EntityManager, inwonerId: string): Promise<ToestemmingHandeling[]> {
    const rows: {
      toestemming_id: string;
      doel: ToestemmingDoel;
      vacature_id: string | null;
      gegeven: boolean;
      gewijzigd_op: Date;
      namens: boolean;
      gewijzigd_door_organisatie: string | null;
    }[] = await m.query(
      `SELECT toestemming_id, doel, vacature_id, gegeven, gewijzigd_op, namens, gewijzigd_door_organisatie
         FROM toestemming_wijzigingen WHERE inwoner_id = $1 ORDER BY gewijzigd_op, id`,
      [inwonerId],
    );
    return rows.map((r) => ({
      toestemmingId: r.toestemming_id,
      doel: r.doel,
      ...(r.vacature_id ? { vacatureId: r.vacature_id } : {}),
      handeling: r.gegeven ? 'gegeven' : 'ingetrokken',
      op: r.gewijzigd_op.toISOString(),
      namens: r.namens,
      ...(r.namens && r.gewijzigd_door_organisatie ? { organisatie: r.gewijzigd_door_organisatie } : {}),
    }));
  }

  private wie(door: Principal) {
    return [door.subject, door.organisatie, door.roles.join(','), namensInwoner(door)];
  }

  private async leg(m: EntityManager, t: Toestemming, gegeven: boolean, op: string, door: Principal) {
    await m.query(
      `INSERT INTO toestemming_wijzigingen (inwoner_id, toestemming_id, doel, vacature_id, geldig_tot, gegeven, gewijzigd_op,
                                            gewijzigd_door, gewijzigd_door_organisatie, gewijzigd_door_rol, namens)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [t.inwonerId, t.id, t.doel, t.vacatureId ?? null, t.geldigTot ?? null, gegeven, op, ...this.wie(door)],
    );
  }
}
