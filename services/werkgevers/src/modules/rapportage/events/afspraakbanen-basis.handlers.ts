import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, StreefwaardeVastgesteld } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';

/**
 * Keeps every region-wide afspraakbanen basis beheer sets in trajecten (dated by geldigVanaf); the rapportage picks
 * the one in force at its `tot`. Other figures' targets, and a gemeente's own, are not werkgevers' to report. Each
 * basis is its own row keyed by its id, so a redelivery or an out-of-order arrival changes nothing.
 */
@Injectable()
export class AfspraakbanenBasisProjectie {
  @OnEvent(StreefwaardeVastgesteld)
  async vastgesteld(e: EventEnvelope<EventData<typeof StreefwaardeVastgesteld>>, m: EntityManager): Promise<void> {
    const d = e.data;
    if (d.sleutel !== 'afspraakbanen' || d.gemeentecode) return;
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
