import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AanmeldingAfgerond, EventData, EventEnvelope, TrajectGestart } from '@wiz/contracts';
import { CombinedWrite, huidigeInwoners, OnEventBatch, Outbox, runAsEvent } from '@wiz/platform';
import { startTraject } from '../domain/traject';
import { TRAJECT_REPOSITORY, type TrajectRepositoryPort } from '../database/traject.repository.port';
import { OPVOLGING_PLANNER, type OpvolgingPlannerPort } from '../../opvolgingen/opvolging-planner.port';
import { herinneringsInterval, volgendMoment } from '../../opvolgingen/domain/opvolging';
import { MONITOR_PERSONEN, type MonitorPersonenPort } from '../../monitor/monitor.port';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../config/trajecten-config';
import { TOEWIJZER, type Toewijzer, type Toewijzingsronde } from '../../caseload/caseload.port';
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
   * rules read once, then every event's writes in one statement, each built in its event's own context (its
   * correlation id and derived ids, as when applied alone). A statement that fails fails the batch, which the
   * consumer then applies event by event. Two aanmeldingen of one inwoner (two records merged since) go in two
   * statements, as one statement may change the inwoner's doelgroepen row once. The choices count every traject of
   * the batch as given out: one that existed already (an event applied before whose inbox row is gone) counts once
   * more than it would alone.
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
    const opnieuw: string[] = [];
    for (const deel of perInwonerEenmaal(events, inwoners)) {
      const write = new CombinedWrite();
      const starts = deel.map(({ event, inwonerId }) => ({
        event,
        inwonerId,
        tel: runAsEvent(event, m, () => this.startMee(write, { ...event.data, inwonerId }, ronde)),
      }));
      const rij = await write.run(m);
      for (const { event, inwonerId, tel } of starts)
        if (await runAsEvent(event, m, () => tel(m, rij))) opnieuw.push(inwonerId);
    }
    // Once, all locked in id order as every recount locks them: a new traject may bring a fact of theirs inside it.
    await this.monitor.telOpnieuw(m, opnieuw);
    return events.map(() => undefined);
  }

  /**
   * The traject, its follow-ups, its two events and the inwoner's doelgroepen as parts of `write`, all but the
   * traject only when it is new (not a redelivery); returns what to count in the monitor once the statement ran, which
   * answers whether the inwoner has facts to count again.
   */
  private startMee(
    write: CombinedWrite,
    data: EventData<typeof AanmeldingAfgerond>,
    ronde: Toewijzingsronde,
  ): (m: EntityManager, rij: Record<string, unknown>) => Promise<boolean> {
    const id = randomUUID();
    const start = startTraject(data.stap, data.aangemeldOp);
    const houder = { organisatie: data.organisatie, ...ronde.kies(data.organisatie) };
    ronde.gegeven(houder.organisatie, houder.consulent);
    const nu = new Date();
    const { definitie, data: toewijzing } = toegewezen(
      { id, inwonerId: data.inwonerId, ...houder, versie: start.versie },
      'start',
      nu,
    );
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
        ...(['contactmoment', 'stilstand'] as const).map((soort) => ({
          soort,
          trajectId: id,
          vervaldatum: volgendMoment(nu, herinneringsInterval(soort, this.config)),
        })),
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
    const heeftFeiten = this.monitor.heeftFeitenMee(write, data.inwonerId);
    return async (m, rij) => {
      if (!traject.gestart(rij)) return false;
      await this.monitor.telMetDoelgroepen(
        m,
        'gestart',
        data.inwonerId,
        new Date(data.aangemeldOp),
        data.gemeentecode,
        doelgroepen(rij),
      );
      return heeftFeiten(rij);
    };
  }
}

/**
 * The events to start, in statements that each hold an inwoner once (its first aanmelding of the batch in the first,
 * a second in the next, …); events of an erased inwoner start nothing.
 */
function perInwonerEenmaal(
  events: readonly Aanmelding[],
  inwoners: readonly (string | undefined)[],
): { event: Aanmelding; inwonerId: string }[][] {
  const delen: { event: Aanmelding; inwonerId: string }[][] = [];
  const gezien = new Map<string, number>();
  for (const [i, event] of events.entries()) {
    const inwonerId = inwoners[i];
    if (!inwonerId) continue;
    const n = gezien.get(inwonerId) ?? 0;
    gezien.set(inwonerId, n + 1);
    (delen[n] ??= []).push({ event, inwonerId });
  }
  return delen;
}
