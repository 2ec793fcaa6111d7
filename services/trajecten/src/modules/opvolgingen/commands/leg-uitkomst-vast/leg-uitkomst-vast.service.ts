import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DuurzaamheidVastgesteld } from '@wiz/contracts';
import { maySee, Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { eisUitkomstTeRegistreren, isDuurzaam } from '../../domain/duurzaamheid';
import { OpvolgingRepository } from '../../database/opvolging-repository';
import { MONITOR_PROJECTIE, type MonitorProjectiePort } from '../../../monitor/monitor.port';

export interface Uitkomst {
  inDienst: boolean;
  urenPerWeek: number;
}

/**
 * Records a due duurzaamheidscheck's outcome once (duurzaam = in dienst and ≥ 24 hours), announces it
 * (duurzaamheid-vastgesteld) and counts a duurzame plaatsing in the monitor, in one transaction.
 */
@Injectable()
export class LegUitkomstVast {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly opvolgingen: OpvolgingRepository,
    @Inject(MONITOR_PROJECTIE) private readonly monitor: MonitorProjectiePort,
  ) {}

  execute(id: string, uitkomst: Uitkomst, wie: Principal) {
    return this.transactions.run(async (m) => {
      const o = await this.opvolgingen.voorUitkomst(m, id);
      if (!o || !maySee(wie, [o.organisatie])) throw new NotFoundException(`Opvolging ${id} not found.`);
      eisUitkomstTeRegistreren(o);
      const duurzaam = isDuurzaam(uitkomst.inDienst, uitkomst.urenPerWeek);
      const nu = new Date();
      await this.opvolgingen.handelAf(m, id, { ...uitkomst, duurzaam, door: wie.subject, op: nu });
      await this.outbox.add(
        m,
        DuurzaamheidVastgesteld,
        {
          trajectId: o.trajectId,
          inwonerId: o.inwonerId,
          plaatsingId: o.plaatsingId,
          duurzaam,
          inDienst: uitkomst.inDienst,
          urenPerWeek: uitkomst.urenPerWeek,
          vastgesteldOp: nu.toISOString(),
        },
        { subject: o.trajectId },
      );
      if (duurzaam) await this.monitor.tel(m, 'duurzame-plaatsing', nu, o.gemeentecode);
      return { duurzaam };
    });
  }
}
