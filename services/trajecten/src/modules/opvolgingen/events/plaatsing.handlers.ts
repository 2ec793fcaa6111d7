import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, PlaatsingBeeindigd, PlaatsingGerealiseerd } from '@wiz/contracts';
import { EarlierEventMissing, OnEvent } from '@wiz/platform';
import { OpvolgingPlanner } from '../database/opvolging-planner';
import { vervaldatumDuurzaamheidscheck } from '../domain/duurzaamheid';
import {
  MONITOR_PERSONEN,
  MONITOR_PROJECTIE,
  type MonitorPersonenPort,
  type MonitorProjectiePort,
} from '../../monitor/monitor.port';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../config/trajecten-config';

/** Thrown while the traject of a placement is not known here yet; the event waits for it (and is dead-lettered if it never comes). */
export class OnbekendTraject extends EarlierEventMissing {}

/** A placement plans its duurzaamheidscheck (one per placement) and counts in the monitor. */
@Injectable()
export class PlaatsingHandlers {
  constructor(
    private readonly opvolgingen: OpvolgingPlanner,
    @Inject(MONITOR_PROJECTIE) private readonly monitor: MonitorProjectiePort,
    @Inject(MONITOR_PERSONEN) private readonly personen: MonitorPersonenPort,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
  ) {}

  @OnEvent(PlaatsingGerealiseerd)
  async gerealiseerd(event: EventEnvelope<EventData<typeof PlaatsingGerealiseerd>>, m: EntityManager): Promise<void> {
    const { data } = event;
    // FOR SHARE: a merge moving this traject to another inwoner waits for this fact, or this fact sees the merge.
    const [t] = await m.query(
      'SELECT id, inwoner_id, gemeentecode, huidige_stap FROM trajecten WHERE id = $1 FOR SHARE',
      [data.trajectId],
    );
    if (!t) throw new OnbekendTraject(`traject ${data.trajectId} unknown`);
    const vervaldatum = vervaldatumDuurzaamheidscheck(
      data.startdatum,
      new Date(event.time),
      this.config.duurzaamheidscheckNa,
    );
    const gepland = await this.opvolgingen.plan(m, {
      soort: 'duurzaamheidscheck',
      trajectId: t.id,
      plaatsingId: data.plaatsingId,
      plaatsingStartdatum: data.startdatum,
      vervaldatum,
    });
    if (!gepland) return; // this placement was counted already
    const { plaatsingId, startdatum, urenPerWeek, afspraakbaan } = data;
    await this.personen.plaatsing(m, {
      plaatsingId,
      inwonerId: t.inwoner_id, // the traject's: after a merge the event may still name the vervallen record
      gemeentecode: t.gemeentecode,
      startdatum,
      urenPerWeek,
      afspraakbaan,
    });
    // Counted on its startdatum whether the traject is open or not: the counting rule decides whether it is inside.
    const context = {
      bron: `plaatsing:${plaatsingId}`,
      inwonerId: t.inwoner_id,
      trajectId: t.id,
      gemeentecode: t.gemeentecode,
      huidigeStap: t.huidige_stap,
      op: startdatum,
    };
    await this.monitor.registreer(m, { soort: 'plaatsing' }, context);
  }

  /** An early end shows on the check, so the consulent knows before recording the outcome. */
  @OnEvent(PlaatsingBeeindigd)
  async beeindigd(event: EventEnvelope<EventData<typeof PlaatsingBeeindigd>>, m: EntityManager): Promise<void> {
    const { data } = event;
    await m.query(
      `UPDATE opvolgingen SET plaatsing_beeindigd_op = $2, plaatsing_beeindigd_reden = $3 WHERE plaatsing_id = $1 AND soort = 'duurzaamheidscheck'`,
      [data.plaatsingId, data.einddatum, data.reden],
    );
  }
}
