import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EventData,
  EventEnvelope,
  StapGezet,
  ToestemmingGewijzigd,
  ToestemmingGewijzigdV2,
  TrajectAfgesloten,
  TrajectGestart,
  TrajectToegewezen,
} from '@wiz/contracts';
import { EarlierEventMissing, huidigeInwoner, OnEvent } from '@wiz/platform';
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
    // Through a merge to the behouden record; nothing for an erased person.
    const inwonerId = await huidigeInwoner(m, d.inwonerId);
    if (!inwonerId) return;
    await this.kandidaten.voegToe(m, {
      trajectId: d.trajectId,
      inwonerId,
      organisatie: d.organisatie,
      gemeentecode: d.gemeentecode,
      stap: d.stap,
    });
  }

  @OnEvent(StapGezet)
  async stapGezet(e: EventEnvelope<EventData<typeof StapGezet>>, m: EntityManager): Promise<void> {
    const versies = await this.huidigeVersies(m, e.data.trajectId, e.data.inwonerId);
    if (versies && versies.stap < e.data.versie)
      await this.kandidaten.zetStap(m, e.data.trajectId, e.data.naar, e.data.versie);
  }

  /** A reassignment or an accepted handover: placement scoping follows the traject's organisation at once. */
  @OnEvent(TrajectToegewezen)
  async toegewezen(e: EventEnvelope<EventData<typeof TrajectToegewezen>>, m: EntityManager): Promise<void> {
    const { trajectId, organisatie, versie } = e.data;
    const huidig = await this.huidigeVersies(m, trajectId, e.data.inwonerId);
    if (huidig && huidig.organisatie < versie) await this.kandidaten.zetOrganisatie(m, trajectId, organisatie, versie);
  }

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    if (await this.huidigeVersies(m, e.data.trajectId, e.data.inwonerId))
      await this.kandidaten.sluitAf(m, e.data.trajectId, e.data.datum);
  }

  /**
   * Events of different types can overtake each other: until traject-gestart arrived, wait (then dead-letter).
   * Undefined when the person was erased: their trajecten are gone here and nothing of them is stored again.
   */
  private async huidigeVersies(
    m: EntityManager,
    trajectId: string,
    inwonerId: string,
  ): Promise<TrajectVersies | undefined> {
    const versies = await this.kandidaten.versiesVoorWijziging(m, trajectId);
    if (versies !== undefined || !(await huidigeInwoner(m, inwonerId))) return versies;
    throw new TrajectNogOnbekend(`traject ${trajectId} not known here yet`);
  }

  /**
   * v2 carries every purpose; v1 (sharing with employers only) is still read while an intake that publishes only v1
   * may run. Intake publishes both for that purpose; the second of the two changes nothing (same change, same moment).
   */
  @OnEvent(ToestemmingGewijzigdV2)
  async toestemming(e: EventEnvelope<EventData<typeof ToestemmingGewijzigdV2>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.kandidaten.zetToestemming(m, { ...e.data, inwonerId });
  }

  @OnEvent(ToestemmingGewijzigd)
  async toestemmingV1(e: EventEnvelope<EventData<typeof ToestemmingGewijzigd>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.kandidaten.zetToestemming(m, { ...e.data, inwonerId });
  }
}
