import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WissingRepository } from './database/wissing.repository';
import { Wisser } from './database/wisser';
import { SOORTEN } from './domain/wisbare-gegevens';

/**
 * Erases what trajecten holds about one inwoner (already resolved and registered as erased): every free text
 * becomes '[gewist]', the trajecten leave every caseload and worklist, planned follow-ups lapse. What stays is
 * pseudonymous and without content (ids, steps, dates, statuses), so the monitor's figures do not move.
 */
@Injectable()
export class Wissen {
  constructor(
    private readonly wissingen: WissingRepository,
    private readonly wisser: Wisser,
  ) {}

  async inwoner(m: EntityManager, inwonerId: string, gewistOp: string): Promise<void> {
    const trajectIds = await this.wissingen.markeer(m, inwonerId, gewistOp);
    await this.wisser.wis(m, inwonerId, trajectIds, SOORTEN);
  }
}
