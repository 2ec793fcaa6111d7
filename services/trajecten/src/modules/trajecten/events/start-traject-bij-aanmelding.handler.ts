import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AanmeldingAfgerond, EventData, EventEnvelope, TrajectGestart } from '@wiz/contracts';
import { CombinedWrite, huidigeInwoners, OnEventBatch, Outbox, runAsEvent } from '@wiz/platform';
import { startTraject } from '../domain/traject';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../database/traject.repository.port';
import { OPVOLGING_PLANNER, type OpvolgingPlannerPort } from '../../opvolgingen/opvolging-planner.port';
import { volgendMoment } from '../../opvolgingen/domain/opvolging';
import { MONITOR_PERSONEN, type MonitorPersonenPort } from '../../monitor/monitor.port';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../config/trajecten-config';
import { TOEWIJZER, type Toewijzer } from '../../caseload/caseload.port';
import type { Toewijzingsronde } from '../../caseload/domain/toewijzing';
import { toegewezen } from '../commands/toegewezen';

type Aanmelding = EventEnvelope<EventData<typeof AanmeldingAfgerond>>;

/**
 * One traject per aanmelding, in the routed step, held by the consulent the receiving organisation's rule chooses
 * (traject-toegewezen, reason start), with its first contact moment and stalled reminder planned.
 * The inbox makes redelivery harmless; the unique aanmelding_id guards it a second time.
 */
@Injectable()
export class StartTrajectBijAanmelding {
  constructor(
    private readonly outbox: Outbox,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
    @Inject(OPVOLGING_PLANNER) private readonly opvolgingen: OpvolgingPlannerPort,
    @Inject(MONITOR_PERSONEN) private readonly monitor: MonitorPersonenPort,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
    @Inject(TOEWIJZER) private readonly toewijzer: Toewijzer,
  ) {}

  /**
   * The events of a batch (issue 21): their inwoners locked and looked up at once, the organisations' assignment
   * rules read once, then per event one statement in its own context, as when applied alone. A statement that fails
   * fails the batch, which the consumer then applies event by event.
   */
  @OnEventBatch(AanmeldingAfgerond)
  async handle(events: Aanmelding[], m: EntityManager): Promise<undefined[]> {
    // An aanmelding of a record merged away since belongs to the person it was merged into; of an erased one, to
    // nobody (no traject). The lock this takes keeps a merge from passing this traject by.
    const inwoners = await huidigeInwoners(
      m,
      events.map((e) => e.data.inwonerId),
    );
    const ronde = await this.toewijzer.ronde(
      m,
      events.map((e) => e.data.organisatie),
    );
    for (const [i, event] of events.entries()) {
      const inwonerId = inwoners[i];
      if (inwonerId) await runAsEvent(event, m, () => this.start({ ...event.data, inwonerId }, ronde, m));
    }
    return events.map(() => undefined);
  }

  private async start(
    data: EventData<typeof AanmeldingAfgerond>,
    ronde: Toewijzingsronde,
    m: EntityManager,
  ): Promise<void> {
    const id = randomUUID();
    const start = startTraject(data.stap, data.aangemeldOp);
    const houder = { organisatie: data.organisatie, ...ronde.kies(data.organisatie) };
    const nu = new Date();
    const { definitie, data: toewijzing } = toegewezen(
      { id, inwonerId: data.inwonerId, ...houder, versie: start.versie },
      'start',
      nu,
    );
    // The traject, its follow-ups, its two events and the inwoner's doelgroepen in one statement (one round trip);
    // all but the traject only when it was new (not a redelivery).
    const write = new CombinedWrite();
    const traject = this.trajecten.startMee(write, {
      id,
      inwonerId: data.inwonerId,
      aanmeldingId: data.aanmeldingId,
      ...houder,
      gemeentecode: data.gemeentecode,
      ...start,
      gestartOp: data.aangemeldOp,
      participatieladder: data.participatieladder ?? null,
    });
    this.opvolgingen.planAlleMee(
      write,
      [
        { soort: 'contactmoment', trajectId: id, vervaldatum: volgendMoment(nu, this.config.contactmomentInterval) },
        { soort: 'stilstand', trajectId: id, vervaldatum: volgendMoment(nu, this.config.stilstandNa) },
      ],
      traject.naam,
    );
    this.outbox.addMee(
      write,
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
      traject.naam,
    );
    this.outbox.addMee(write, definitie, toewijzing, { subject: id }, traject.naam);
    const doelgroepen = this.monitor.doelgroepenMee(write, data.inwonerId, data.doelgroepen, traject.naam);
    const rij = await write.run(m);
    if (!traject.gestart(rij)) return;
    ronde.gegeven(houder.organisatie, houder.consulent);
    await this.monitor.telMetDoelgroepen(
      m,
      'gestart',
      data.inwonerId,
      new Date(data.aangemeldOp),
      data.gemeentecode,
      doelgroepen(rij),
    );
  }
}
