import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventData, EventDefinition } from '@wiz/contracts';
import { maySee, Outbox, Principal, problemException, TransactionRunner } from '@wiz/platform';
import {
  TRAJECT_REPOSITORY,
  type Afsluiting,
  type TrajectRepositoryPort,
  type TrajectRij,
} from '../database/traject.repository.port';
import { MONITOR_PROJECTIE, type Gebeurtenis, type MonitorProjectiePort } from '../../monitor/monitor.port';

/** An event that announces the change, typed by its definition. */
export interface Aankondiging {
  definitie: EventDefinition;
  data: unknown;
}

export const aankondiging = <E extends EventDefinition>(definitie: E, data: EventData<E>): Aankondiging => ({
  definitie,
  data,
});

/** What a use case decided about the traject; TrajectWijziging stores, announces and counts it. */
export interface Wijziging<T> {
  /** The traject after the domain rule (its version raised). */
  nieuw: TrajectRij;
  afsluiting?: Afsluiting;
  /** Several, in order, when one decision makes several changes (a handover that moves the step too). */
  aankondiging?: Aankondiging | readonly Aankondiging[];
  /** The fact the monitor weighs, unique per `bron`, on the day it happened (`op`). */
  feit?: { gebeurtenis: Gebeurtenis; bron: string; op: Date | string };
  /** What the API answers. */
  resultaat: T;
}

/** `"3"`, `W/"3"` or `*`; anything else never matches. */
function versieUitIfMatch(ifMatch: string | undefined): number | '*' | undefined | null {
  if (ifMatch === undefined) return undefined;
  if (ifMatch.trim() === '*') return '*';
  const m = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(ifMatch);
  return m ? Number(m[1]) : null;
}

/**
 * The one path of every change to a traject: one transaction, the row locked, 404 for a traject the caller's
 * organisation may not see (`eigenaren`: its organisation; a handover's acceptance names the receiving one), 412 when If-Match names an older version; then the use case's decision (the domain's
 * refusals are DomainErrors the problem filter answers), stored with its new version, its event in the outbox and
 * its fact in the monitor, all in that transaction. Returns the use case's result and the version for the ETag.
 */
@Injectable()
export class TrajectWijziging {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    @Inject(TRAJECT_REPOSITORY) private readonly trajecten: TrajectRepositoryPort,
    @Inject(MONITOR_PROJECTIE) private readonly monitor: MonitorProjectiePort,
  ) {}

  voer<T>(
    id: string,
    wie: Principal,
    ifMatch: string | undefined,
    beslis: (t: TrajectRij, m: EntityManager) => Promise<Wijziging<T>>,
    eigenaren: (t: TrajectRij) => readonly string[] = (t) => [t.organisatie],
  ): Promise<{ resultaat: T; versie: number }> {
    return this.transactions.run(async (m) => {
      const t = await this.trajecten.laad(m, id, true);
      if (!t || !maySee(wie, eigenaren(t))) throw new NotFoundException(`Traject ${id} not found.`);
      const verwacht = versieUitIfMatch(ifMatch);
      if (verwacht !== undefined && verwacht !== '*' && verwacht !== t.versie) {
        throw problemException(
          412,
          `The traject changed meanwhile: its version is ${t.versie}. Read it again and retry.`,
        );
      }
      const w = await beslis(t, m);
      await this.trajecten.bewaar(m, w.nieuw, w.afsluiting);
      for (const { definitie, data } of [w.aankondiging ?? []].flat())
        await this.outbox.add(m, definitie, data, { subject: id });
      if (w.feit) {
        const { gebeurtenis, bron, op } = w.feit;
        const { inwonerId, gemeentecode, huidigeStap } = t;
        await this.monitor.registreer(m, gebeurtenis, {
          bron,
          inwonerId,
          trajectId: id,
          gemeentecode,
          huidigeStap,
          op,
        });
      }
      return { resultaat: w.resultaat, versie: w.nieuw.versie };
    });
  }
}
