import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Vervanging } from '../domain/vervanging';

/** The one writer of vervangingen. */
@Injectable()
export class VervangingRepository {
  async voegToe(
    m: EntityManager,
    v: Vervanging & { id: string; organisatie: string; geregeldDoor: string },
  ): Promise<void> {
    await m.query(
      'INSERT INTO vervangingen (id, organisatie, vervanger, voor, van, tot, geregeld_door) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [v.id, v.organisatie, v.vervanger, v.voor, v.van, v.tot, v.geregeldDoor],
    );
  }
}
