import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventData,
  EventEnvelope,
  StapGezet,
  ToestemmingGewijzigd,
  TrajectAfgesloten,
  TrajectGestart,
  TrajectToegewezen,
} from '@wiz/contracts';
import { EarlierEventMissing, OnEvent } from '@wiz/platform';
import { KandidaatRepository, type TrajectVersies } from '../database/kandidaat-repository';

export class TrajectNogOnbekend extends EarlierEventMissing {}

/**
 * Werkgevers' own view of who is ready to match and which organisation holds each traject, built from traject and
 * consent events. Events about one traject may arrive out of order (several instances, redelivery): a step change
 * applies only when its version is newer than the stored step's, a change of organisation only when newer than the
 * stored organisation's (the two interleave in the traject's one numbering), and a consent change only when it is
 * newer than the stored one. Of an assignment only the organisation is kept: not who the consulent is.
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
    const { stap } = await this.huidigeVersies(m, e.data.trajectId);
    if (stap < e.data.versie) await this.kandidaten.zetStap(m, e.data.trajectId, e.data.naar, e.data.versie);
  }

  /** A reassignment or an accepted handover: placement scoping follows the traject's organisation at once. */
  @OnEvent(TrajectToegewezen)
  async toegewezen(e: EventEnvelope<EventData<typeof TrajectToegewezen>>, m: EntityManager): Promise<void> {
    const { trajectId, organisatie, versie } = e.data;
    const huidig = await this.huidigeVersies(m, trajectId);
    if (huidig.organisatie < versie) await this.kandidaten.zetOrganisatie(m, trajectId, organisatie, versie);
  }

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    await this.huidigeVersies(m, e.data.trajectId);
    await this.kandidaten.sluitAf(m, e.data.trajectId);
  }

  /** Events of different types can overtake each other: until traject-gestart arrived, wait (then dead-letter). */
  private async huidigeVersies(m: EntityManager, trajectId: string): Promise<TrajectVersies> {
    const versies = await this.kandidaten.versiesVoorWijziging(m, trajectId);
    if (versies === undefined) throw new TrajectNogOnbekend(`traject ${trajectId} not known here yet`);
    return versies;
  }

  @OnEvent(ToestemmingGewijzigd)
  async toestemming(e: EventEnvelope<EventData<typeof ToestemmingGewijzigd>>, m: EntityManager): Promise<void> {
    if (e.data.doel !== 'profiel-delen-met-werkgevers') return;
    await this.kandidaten.zetToestemming(m, e.data.inwonerId, e.data.gegeven, e.data.gewijzigdOp);
  }
}
