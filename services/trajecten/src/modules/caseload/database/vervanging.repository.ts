import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VANDAAG_SQL } from '@wiz/platform';
import type { GeregeldeVervanging } from '../domain/vervanging';

/** The one writer of vervangingen. */
@Injectable()
export class VervangingRepository {
  /** Stores a stand-in its caller announces in the same transaction. */
  async voegToe(m: EntityManager, v: GeregeldeVervanging & { geregeldDoor: string }): Promise<void> {
    await m.query(
      `INSERT INTO vervangingen (id, organisatie, vervanger, voor, van, tot, geregeld_door, aangekondigd)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
      [v.id, v.organisatie, v.vervanger, v.voor, v.van, v.tot, v.geregeldDoor],
    );
  }

  /** Stand-ins stored before they were announced that still run or are to come, locked against a second instance. */
  async onaangekondigd(m: EntityManager): Promise<GeregeldeVervanging[]> {
    return m.query(
      `SELECT id, organisatie, vervanger, voor, to_char(van, 'YYYY-MM-DD') AS van, to_char(tot, 'YYYY-MM-DD') AS tot
         FROM vervangingen WHERE NOT aangekondigd AND tot >= ${VANDAAG_SQL} ORDER BY id FOR UPDATE SKIP LOCKED`,
    );
  }

  async markeerAangekondigd(m: EntityManager, ids: readonly string[]): Promise<void> {
    await m.query('UPDATE vervangingen SET aangekondigd = true WHERE id = ANY($1::uuid[])', [ids]);
  }
}
