import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Principal, TransactionRunner } from '@wiz/platform';
import { TRAJECT_TOEGANG, type TrajectToegang } from '../../caseload/caseload.port';
import { eisOpenTraject } from '../domain/plan';

/**
 * The one path of every change to a plan: one transaction, 404 unless the caller holds the traject, is in its
 * team or stands in for its consulent (beheer too), 409 when the traject is closed; then the change.
 */
@Injectable()
export class PlanWijziging {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(TRAJECT_TOEGANG) private readonly toegang: TrajectToegang,
  ) {}

  voer<T>(trajectId: string, wie: Principal, wijzig: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.run(async (m) => {
      eisOpenTraject(await this.toegang.eis(m, trajectId, wie));
      return wijzig(m);
    });
  }
}
