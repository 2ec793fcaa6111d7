import { Inject, Injectable } from '@nestjs/common';
import { Principal, TransactionRunner } from '@wiz/platform';
import { TRAJECT_TOEGANG, type TrajectToegang } from '../../../caseload/caseload.port';
import { AUDIT_LOG, type AuditLog } from '../../../audit/audit-log.port';
import { voortgang } from '../../domain/plan';
import { PlanRepository } from '../../database/plan.repository';

/** The plan of a traject for its holders; the read is audited in the same transaction. */
@Injectable()
export class PlanQuery {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(TRAJECT_TOEGANG) private readonly toegang: TrajectToegang,
    @Inject(AUDIT_LOG) private readonly audit: AuditLog,
    private readonly plan: PlanRepository,
  ) {}

  lees(trajectId: string, wie: Principal) {
    return this.transactions.run(async (m) => {
      await this.toegang.eis(m, trajectId, wie);
      const { doelen, akkoord } = await this.plan.lees(m, trajectId);
      await this.audit.schrijf(m, wie, 'plan-inzien', trajectId);
      return {
        doelen,
        voortgang: voortgang(doelen),
        akkoord: akkoord && { ...akkoord, vastgelegdOp: akkoord.vastgelegdOp.toISOString() },
      };
    });
  }
}
