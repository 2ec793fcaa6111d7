import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { WissingRepository } from './database/wissing.repository';
import { Wisser } from './database/wisser';
import { SOORTEN } from './domain/wisbare-gegevens';
import { MONITOR_INWONERS, type MonitorInwonersPort } from '../monitor/monitor.port';

/**
 * Erases what trajecten holds about one inwoner (already resolved and registered as erased): every free text
 * becomes '[gewist]', the trajecten leave every caseload and worklist, planned follow-ups lapse, and what stays
 * (steps, dates, statuses, the monitor's per-person rows) moves to a fresh random id that links to nobody. Every
 * count is of distinct ids, so the monitor's figures do not move.
 */
@Injectable()
export class Wissen {
  constructor(
    private readonly wissingen: WissingRepository,
    private readonly wisser: Wisser,
    @Inject(MONITOR_INWONERS) private readonly monitor: MonitorInwonersPort,
  ) {}

  async inwoner(m: EntityManager, inwonerId: string, gewistOp: string): Promise<void> {
    const trajectIds = await this.wissingen.markeer(m, inwonerId, gewistOp);
    await this.wisEnAnonimiseer(m, inwonerId, trajectIds);
  }

  /**
   * The end of retention for one person: these trajecten, all the person has here (judged by the caller under the
   * person's lock), made anonymous as an erasure makes them, the monitor's rows about the person with them.
   */
  async naBewaartermijn(m: EntityManager, inwonerId: string, trajectIds: readonly string[], op: string): Promise<void> {
    await this.wissingen.markeerTrajecten(m, trajectIds, op);
    await this.wisEnAnonimiseer(m, inwonerId, trajectIds);
  }

  private async wisEnAnonimiseer(m: EntityManager, inwonerId: string, trajectIds: readonly string[]): Promise<void> {
    await this.wisser.wis(m, inwonerId, trajectIds, SOORTEN);
    // Last: the trigger's erasure path above finds the rows by the person's own id.
    const anoniem = randomUUID();
    await this.wissingen.anonimiseer(m, trajectIds, anoniem);
    await this.monitor.anonimiseer(m, inwonerId, anoniem);
  }
}
