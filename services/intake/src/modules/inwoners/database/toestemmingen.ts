import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { ToestemmingDoel } from '@wiz/contracts';

export interface ToestemmingStand {
  doel: ToestemmingDoel;
  gegeven: boolean;
  gewijzigdOp: string;
}

/**
 * An inwoner's consents: the current state, one row per purpose (toestemmingen), and every change kept in the
 * append-only history (toestemming_wijzigingen) with who made it.
 */
@Injectable()
export class Toestemmingen {
  async stand(m: EntityManager, inwonerId: string, doel: ToestemmingDoel): Promise<ToestemmingStand | undefined> {
    const [huidig] = await m.query(
      'SELECT gegeven, gewijzigd_op FROM toestemmingen WHERE inwoner_id = $1 AND doel = $2',
      [inwonerId, doel],
    );
    return huidig && { doel, gegeven: huidig.gegeven, gewijzigdOp: huidig.gewijzigd_op.toISOString() };
  }

  async wijzig(m: EntityManager, inwonerId: string, stand: ToestemmingStand, door: Principal): Promise<void> {
    const waarden = [inwonerId, stand.doel, stand.gegeven, stand.gewijzigdOp, door.subject, door.organisatie];
    await m.query(
      `INSERT INTO toestemmingen (inwoner_id, doel, gegeven, gewijzigd_op, gewijzigd_door, gewijzigd_door_organisatie) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (inwoner_id, doel) DO UPDATE SET gegeven = excluded.gegeven, gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door,
                                                    gewijzigd_door_organisatie = excluded.gewijzigd_door_organisatie`,
      waarden,
    );
    await m.query(
      'INSERT INTO toestemming_wijzigingen (inwoner_id, doel, gegeven, gewijzigd_op, gewijzigd_door, gewijzigd_door_organisatie) VALUES ($1, $2, $3, $4, $5, $6)',
      waarden,
    );
  }

  /** Every purpose's current state for this inwoner. */
  async alle(m: EntityManager, inwonerId: string): Promise<ToestemmingStand[]> {
    const rows: { doel: ToestemmingDoel; gegeven: boolean; gewijzigd_op: Date }[] = await m.query(
      'SELECT doel, gegeven, gewijzigd_op FROM toestemmingen WHERE inwoner_id = $1',
      [inwonerId],
    );
    return rows.map((r) => ({ doel: r.doel, gegeven: r.gegeven, gewijzigdOp: r.gewijzigd_op.toISOString() }));
  }
}
