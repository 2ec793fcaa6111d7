import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, StreefwaardeVastgesteld } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';
import { AfspraakbanenBasisRepository } from '../database/afspraakbanen-basis-repository';

/**
 * Keeps every region-wide afspraakbanen basis beheer sets in trajecten (dated by geldigVanaf); the rapportage picks
 * the one in force at its `tot`. Other figures' targets, and a gemeente's own, are not werkgevers' to report.
 */
@Injectable()
export class AfspraakbanenBasisProjectie {
  constructor(private readonly bases: AfspraakbanenBasisRepository) {}

  @OnEvent(StreefwaardeVastgesteld)
  async vastgesteld(e: EventEnvelope<EventData<typeof StreefwaardeVastgesteld>>, m: EntityManager): Promise<void> {
    if (e.data.sleutel !== 'afspraakbanen' || e.data.gemeentecode) return;
    await this.bases.voegToe(m, e.data);
  }
}
