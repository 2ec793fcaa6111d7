import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AanmeldingAfgerond, EventData, EventEnvelope, TrajectGestart } from '@wiz/contracts';
import { OnEvent, Outbox } from '@wiz/platform';
import { startTraject } from '../domain/traject';
import { OpvolgingPlanner } from '../../opvolgingen/database/opvolging-planner';
import { volgendMoment } from '../../opvolgingen/domain/opvolging';
import { MonitorPersonen } from '../../monitor/database/monitor-personen';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../config/trajecten-config';

/**
 * One traject per aanmelding, in the routed step, with its first contact moment and stalled reminder planned.
 * The inbox makes redelivery harmless; the unique aanmelding_id guards it a second time.
 */
@Injectable()
export class StartTrajectBijAanmelding {
  constructor(
    private readonly outbox: Outbox,
    private readonly opvolgingen: OpvolgingPlanner,
    private readonly monitor: MonitorPersonen,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
  ) {}

  @OnEvent(AanmeldingAfgerond)
  async handle(event: EventEnvelope<EventData<typeof AanmeldingAfgerond>>, m: EntityManager): Promise<void> {
    const { data } = event;
    const id = randomUUID();
    const start = startTraject(data.stap, data.aangemeldOp);
    const inserted: unknown[] = await m.query(
      `INSERT INTO trajecten (id, inwoner_id, aanmelding_id, organisatie, gemeentecode, status, huidige_stap, stappen, versie, gestart_op, participatieladder)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (aanmelding_id) DO NOTHING RETURNING id`,
      [
        id,
        data.inwonerId,
        data.aanmeldingId,
        data.organisatie,
        data.gemeentecode,
        start.status,
        start.huidigeStap,
        JSON.stringify(start.stappen),
        start.versie,
        data.aangemeldOp,
        data.participatieladder ?? null,
      ],
    );
    if (inserted.length === 0) return;
    const nu = new Date();
    await this.opvolgingen.plan(m, {
      soort: 'contactmoment',
      trajectId: id,
      vervaldatum: volgendMoment(nu, this.config.contactmomentInterval),
    });
    await this.opvolgingen.plan(m, {
      soort: 'stilstand',
      trajectId: id,
      vervaldatum: volgendMoment(nu, this.config.stilstandNa),
    });
    await this.outbox.add(
      m,
      TrajectGestart,
      {
        trajectId: id,
        inwonerId: data.inwonerId,
        aanmeldingId: data.aanmeldingId,
        organisatie: data.organisatie,
        gemeentecode: data.gemeentecode,
        stap: data.stap,
        gestartOp: data.aangemeldOp,
      },
      { subject: id },
    );
    await this.monitor.doelgroepen(m, data.inwonerId, data.doelgroepen);
    await this.monitor.telMetDoelgroepen(m, 'gestart', data.inwonerId, new Date(data.aangemeldOp), data.gemeentecode);
  }
}
