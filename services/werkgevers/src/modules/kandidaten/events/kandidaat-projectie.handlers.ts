import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventData,
  EventEnvelope,
  StapGezet,
  ToestemmingGewijzigd,
  TrajectAfgesloten,
  TrajectGestart,
} from '@wiz/contracts';
import { EarlierEventMissing, OnEvent } from '@wiz/platform';
import { KandidaatRepository } from '../database/kandidaat-repository';

export class TrajectNogOnbekend extends EarlierEventMissing {}

/**
 * Werkgevers' own view of who is ready to match, built from traject and consent events. Events about one traject
 * may arrive out of order (several instances, redelivery): a step change applies only when its version is newer
 * than what is stored, and a consent change only when it is newer than the stored one.
 */
@Injectable()
export class KandidaatProjectie {
  constructor(private readonly kandidaten: KandidaatRepository) {}

  @OnEvent(TrajectGestart)
  async gestart(e: EventEnvelope<EventData<typeof TrajectGestart>>, m: EntityManager): Promise<void> {
    const d = e.data;
    await this.kandidaten.voegToe(m, {
      trajectId: d.trajectId,
      inwonerId: d.inwonerId,
      organisatie: d.organisatie,
      gemeentecode: d.gemeentecode,
      stap: d.stap,
    });
  }

  @OnEvent(StapGezet)
  async stapGezet(e: EventEnvelope<EventData<typeof StapGezet>>, m: EntityManager): Promise<void> {
    const versie = await this.huidigeVersie(m, e.data.trajectId);
    if (versie < e.data.versie) await this.kandidaten.zetStap(m, e.data.trajectId, e.data.naar, e.data.versie);
  }

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    await this.huidigeVersie(m, e.data.trajectId);
    await this.kandidaten.sluitAf(m, e.data.trajectId);
  }

  /** Events of different types can overtake each other: until traject-gestart arrived, wait (then dead-letter). */
  private async huidigeVersie(m: EntityManager, trajectId: string): Promise<number> {
    const versie = await this.kandidaten.versieVoorWijziging(m, trajectId);
    if (versie === undefined) throw new TrajectNogOnbekend(`traject ${trajectId} not known here yet`);
    return versie;
  }

  @OnEvent(ToestemmingGewijzigd)
  async toestemming(e: EventEnvelope<EventData<typeof ToestemmingGewijzigd>>, m: EntityManager): Promise<void> {
    if (e.data.doel !== 'profiel-delen-met-werkgevers') return;
    await this.kandidaten.zetToestemming(m, e.data.inwonerId, e.data.gegeven, e.data.gewijzigdOp);
  }
}
