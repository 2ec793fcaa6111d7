import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Uitkeringssituatie } from '../domain';

/** What werkgevers knows of a person's benefit situation (table uitkeringssituaties, one row per inwoner). */
@Injectable()
export class UitkeringssituatieRepository {
  async situatie(m: EntityManager, inwonerId: string): Promise<Uitkeringssituatie | null> {
    const [s] = await m.query(
      'SELECT uitkering, uitkering_sinds AS "uitkeringSinds", doelgroepregister FROM uitkeringssituaties WHERE inwoner_id = $1',
      [inwonerId],
    );
    return s ?? null;
  }

  /** Keeps the situation of the newest aanmelding: an older one arriving late changes nothing. */
  async bewaar(m: EntityManager, inwonerId: string, s: Uitkeringssituatie, aangemeldOp: string): Promise<void> {
    await m.query(
      `INSERT INTO uitkeringssituaties (inwoner_id, uitkering, uitkering_sinds, doelgroepregister, aangemeld_op) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (inwoner_id) DO UPDATE SET uitkering = excluded.uitkering, uitkering_sinds = excluded.uitkering_sinds,
         doelgroepregister = excluded.doelgroepregister, aangemeld_op = excluded.aangemeld_op
       WHERE uitkeringssituaties.aangemeld_op < excluded.aangemeld_op`,
      [inwonerId, s.uitkering, s.uitkeringSinds, s.doelgroepregister, aangemeldOp],
    );
  }
}
