import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, InwonerVerhuisd, kalenderdag } from '@wiz/contracts';
import { huidigeInwoner, isBeperkt, OnEvent } from '@wiz/platform';
import { InwonerTrajectenRepository } from '../database/inwoner-trajecten.repository';
import { OverdrachtRepository } from '../database/overdracht-repository';
import { MONITOR_INWONERS, type MonitorInwonersPort } from '../../monitor/monitor.port';

/** Who proposed a handover that a move caused: no person, the event. */
export const VERHUIZING = 'wiz.intake.inwoner-verhuisd';

/**
 * An inwoner moved: every traject counts for the new gemeente from verhuisdOp on (facts dated earlier stay with the
 * old one), and each active traject is proposed as a warm handover to the new gemeente's organisation, which
 * accepts or declines it like any handover. No proposal while one is pending, while the person's processing is
 * restricted (no new work, no sharing), or for an erased traject.
 */
@Injectable()
export class InwonerVerhuisdHandler {
  constructor(
    private readonly trajecten: InwonerTrajectenRepository,
    private readonly overdrachten: OverdrachtRepository,
    @Inject(MONITOR_INWONERS) private readonly monitor: MonitorInwonersPort,
  ) {}

  @OnEvent(InwonerVerhuisd)
  async handle(event: EventEnvelope<EventData<typeof InwonerVerhuisd>>, m: EntityManager): Promise<void> {
    const { vanGemeentecode: van, naarGemeentecode: naar, verhuisdOp } = event.data;
    const inwonerId = await huidigeInwoner(m, event.data.inwonerId);
    if (!inwonerId) return; // erased: nothing left to move
    const trajecten = (await this.trajecten.vanInwoner(m, inwonerId)).filter((t) => !t.gewist);
    // Nothing of the person here (none yet, or erased or past retention, which leave nothing under their id): no move
    // to keep, which would link to them.
    if (trajecten.length === 0) return;
    const dag = kalenderdag(new Date(verhuisdOp));
    await this.trajecten.zetGemeente(
      m,
      trajecten.map((t) => t.id),
      naar,
    );
    await this.monitor.verhuisd(m, inwonerId, { van, naar, vanaf: dag });
    if (await isBeperkt(m, inwonerId)) return;
    for (const t of trajecten) {
      if (t.status !== 'actief' || t.organisatie === naar) continue;
      if (await this.overdrachten.heeftOpenstaande(m, t.id)) continue;
      await this.overdrachten.voegToe(m, {
        id: randomUUID(),
        trajectId: t.id,
        vanOrganisatie: t.organisatie,
        naarOrganisatie: naar,
        naarStap: t.huidigeStap, // a gemeente runs every step (stappenVan)
        toelichting: `Verhuisd van ${van} naar ${naar} per ${dag}`,
        status: 'voorgesteld',
        door: VERHUIZING,
        op: new Date(),
      });
    }
  }
}
