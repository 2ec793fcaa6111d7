import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, PlaatsingBeeindigd, PlaatsingGerealiseerd } from '@wiz/contracts';
import { EarlierEventMissing, OnEvent, OnEventBatch } from '@wiz/platform';
import { OpvolgingPlanner } from '../database/opvolging-planner';
import { vervaldatumDuurzaamheidscheck } from '../domain/duurzaamheid';
import {
  MONITOR_PERSONEN,
  MONITOR_PROJECTIE,
  type MonitorPersonenPort,
  type MonitorProjectiePort,
} from '../../monitor/monitor.port';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../config/trajecten-config';

type Plaatsing = EventEnvelope<EventData<typeof PlaatsingGerealiseerd>>;

/** The error of a placement whose traject is not known here yet; the event waits for it (and is dead-lettered if it never comes). */
export class OnbekendTraject extends EarlierEventMissing {}

/** The error of a placement's end whose start has not been applied here yet; the end waits for it. */
export class OnbekendePlaatsing extends EarlierEventMissing {}

/** A placement plans its duurzaamheidscheck (one per placement) and counts in the monitor. */
@Injectable()
export class PlaatsingHandlers {
  constructor(
    private readonly opvolgingen: OpvolgingPlanner,
    @Inject(MONITOR_PROJECTIE) private readonly monitor: MonitorProjectiePort,
    @Inject(MONITOR_PERSONEN) private readonly personen: MonitorPersonenPort,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
  ) {}

  /**
   * The placements of a batch of events set-based (issue 21): one read of their trajecten, one INSERT of the checks
   * (and one addBulk of their jobs), one of the monitor's placements, one of its facts; what applying them one by one
   * would give. A placement whose traject is not known here yet waits for it, alone; the others go on.
   */
  @OnEventBatch(PlaatsingGerealiseerd)
  async gerealiseerd(events: Plaatsing[], m: EntityManager): Promise<(Error | undefined)[]> {
    const trajecten = await this.monitor.trajectenVoorFeiten(
      m,
      events.map((e) => e.data.trajectId),
    );
    const trajectVan = (e: Plaatsing) => trajecten.get(e.data.trajectId.toLowerCase());
    const bekend = events.flatMap((event) => {
      const t = trajectVan(event);
      return t ? [{ event, t }] : [];
    });
    const gepland = await this.opvolgingen.planAlle(
      m,
      bekend.map(({ event, t }) => ({
        soort: 'duurzaamheidscheck',
        trajectId: t.id,
        plaatsingId: event.data.plaatsingId,
        plaatsingStartdatum: event.data.startdatum,
        vervaldatum: vervaldatumDuurzaamheidscheck(
          event.data.startdatum,
          new Date(event.time),
          this.config.duurzaamheidscheckNa,
        ),
        eventId: event.id,
      })),
    );
    const nieuw = bekend.filter((_, i) => gepland[i]); // the others' placements were counted already
    await this.personen.plaatsingen(
      m,
      nieuw.map(({ event: { data }, t }) => ({
        plaatsingId: data.plaatsingId,
        inwonerId: t.inwoner_id, // the traject's: after a merge the event may still name the vervallen record
        gemeentecode: t.gemeentecode,
        startdatum: data.startdatum,
        urenPerWeek: data.urenPerWeek,
        afspraakbaan: data.afspraakbaan,
      })),
    );
    // Counted on its startdatum whether the traject is open or not: the counting rule decides whether it is inside.
    await this.monitor.registreerAlle(
      m,
      { soort: 'plaatsing' },
      nieuw.map(({ event: { data }, t }) => ({
        bron: `plaatsing:${data.plaatsingId}`,
        inwonerId: t.inwoner_id,
        trajectId: t.id,
        gemeentecode: t.gemeentecode,
        huidigeStap: t.huidige_stap,
        op: data.startdatum,
      })),
    );
    return events.map((e) => (trajectVan(e) ? undefined : new OnbekendTraject(`traject ${e.data.trajectId} unknown`)));
  }

  /**
   * An early end shows on the check, so the consulent knows before recording the outcome. The end and the start come
   * through consumers of their own, so the end may come first (or while the start waits for its traject): it then
   * waits for the check the start plans, instead of being acknowledged with nothing to show it on.
   */
  @OnEvent(PlaatsingBeeindigd)
  async beeindigd(event: EventEnvelope<EventData<typeof PlaatsingBeeindigd>>, m: EntityManager): Promise<void> {
    const { data } = event;
    const [, bijgewerkt] = await m.query(
      `UPDATE opvolgingen SET plaatsing_beeindigd_op = $2, plaatsing_beeindigd_reden = $3 WHERE plaatsing_id = $1 AND soort = 'duurzaamheidscheck'`,
      [data.plaatsingId, data.einddatum, data.reden],
    );
    if (Number(bijgewerkt ?? 0) === 0)
      throw new OnbekendePlaatsing(`no duurzaamheidscheck of plaatsing ${data.plaatsingId} yet`);
  }
}
