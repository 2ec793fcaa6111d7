import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AanmeldingAfgerond,
  ActiviteitAfgerond,
  DuurzaamheidVastgesteld,
  EventData,
  EventEnvelope,
  kalenderdag,
  TrajectAfgesloten,
  TrajectGestart,
} from '@wiz/contracts';
import { huidigeInwoner, OnEvent } from '@wiz/platform';
import { DeelnemerRepository } from '../database/deelnemer.repository';

/** Activities that end in a recognised qualification (ESF+ result "gaining a qualification"). */
const KWALIFICERENDE_ACTIVITEITEN = new Set(['kansrijk-opleiden', 'praktijkverklaring']);

/**
 * The participant register, from events only: entry attributes from the aanmelding, and facts from trajecten, each
 * keyed by its own id so a redelivery changes nothing. The ESF+ results are computed from these facts when a claim
 * is compiled (domain/esf-resultaten.ts), so the order of arrival does not matter. Each is stored under the id that
 * holds the person now (through a merge), and not at all for an erased person.
 */
@Injectable()
export class DeelnemersregisterHandlers {
  constructor(private readonly register: DeelnemerRepository) {}

  @OnEvent(AanmeldingAfgerond)
  async aanmelding(e: EventEnvelope<EventData<typeof AanmeldingAfgerond>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.register.intrede(m, { ...e.data, inwonerId });
  }

  @OnEvent(TrajectGestart)
  async trajectGestart(e: EventEnvelope<EventData<typeof TrajectGestart>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId)
      await this.register.trajectGestart(m, e.data.trajectId, inwonerId, kalenderdag(new Date(e.data.gestartOp)));
  }

  @OnEvent(TrajectAfgesloten)
  async afgesloten(e: EventEnvelope<EventData<typeof TrajectAfgesloten>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.register.afgesloten(m, e.data.trajectId, inwonerId, e.data.datum, e.data.reden);
  }

  @OnEvent(ActiviteitAfgerond)
  async activiteit(e: EventEnvelope<EventData<typeof ActiviteitAfgerond>>, m: EntityManager): Promise<void> {
    if (e.data.resultaat !== 'behaald' || !KWALIFICERENDE_ACTIVITEITEN.has(e.data.soort)) return;
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId) await this.register.kwalificatie(m, e.data.activiteitId, inwonerId, e.data.datum);
  }

  @OnEvent(DuurzaamheidVastgesteld)
  async duurzaamheid(e: EventEnvelope<EventData<typeof DuurzaamheidVastgesteld>>, m: EntityManager): Promise<void> {
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (inwonerId)
      await this.register.duurzaamheid(m, {
        ...e.data,
        inwonerId,
        vastgesteldOp: kalenderdag(new Date(e.data.vastgesteldOp)),
      });
  }
}
