import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventData, StreefwaardeVastgesteld } from '@wiz/contracts';

/** The region-wide afspraakbanen bases beheer set in trajecten (table afspraakbanen_basis), one row per streefwaarde. */
@Injectable()
export class AfspraakbanenBasisRepository {
  /** Each basis is its own row keyed by its id, so a redelivery or an out-of-order arrival changes nothing. */
  async voegToe(m: EntityManager, d: EventData<typeof StreefwaardeVastgesteld>): Promise<void> {
    await m.query(
      `INSERT INTO afspraakbanen_basis (streefwaarde_id, geldig_vanaf, basisdatum, beginstand, beginstand_eenheden, doel, doel_eenheden, vastgesteld_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (streefwaarde_id) DO NOTHING`,
      [
        d.streefwaardeId,
        d.geldigVanaf,
        d.basisdatum ?? null,
        d.beginstand ?? null,
        d.beginstandEenheden ?? null,
        d.doel ?? null,
        d.doelEenheden ?? null,
        d.vastgesteldOp,
      ],
    );
  }
}
