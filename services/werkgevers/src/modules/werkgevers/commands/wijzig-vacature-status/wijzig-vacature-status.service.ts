import { Injectable } from '@nestjs/common';
import { assertReach, Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { WerkgeverRepository } from '../../database/werkgever-repository';
import { statusWijzigingsFout, type VacatureStatus } from '../../domain/vacature-status';

/**
 * The owning organisation's employer team (or beheer) sets a vacancy open, vervuld or ingetrokken. A vacancy is
 * part of its employer's record: every team reads it (another organisation gets 403 on a change, as for adding a
 * vacancy), and the change is audited with the status before it.
 */
@Injectable()
export class WijzigVacatureStatus {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly werkgevers: WerkgeverRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(id: string, w: { status: VacatureStatus; reden?: string }, wie: Principal) {
    return this.transactions.run(async (m) => {
      const v = await this.werkgevers.vacatureVoorWijziging(m, id);
      assertReach(wie, SCOPING.werkgever, 'write', v && [v.organisatie], `Vacature ${id}`);
      const fout = statusWijzigingsFout(v!.status, w.status);
      if (fout) throw fout;
      const statusReden = w.reden ?? null;
      await this.werkgevers.zetVacatureStatus(m, id, w.status, statusReden);
      await this.audit.schrijf(m, wie, {
        actie: 'vacature-status-wijzigen',
        doel: 'werkgeversdienstverlening',
        wat: { soort: 'vacature', id: id },
        inwonerIds: [],
        details: {
          status: w.status,
          reden: statusReden,
          was: v!.status,
        },
      });
      return { id, status: w.status, statusReden, aantal: v!.aantal, vervuld: v!.vervuld };
    });
  }
}
