import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { zichtbaarVoor } from '../../database/zichtbaarheid';

/** The open likely-duplicate pairs among the inwoners the caller may see, for staff to check and merge. */
@ApiTags('inwoners')
@Controller('mogelijke-dubbelen')
export class MogelijkeDubbelenController {
  constructor(private readonly transactions: TransactionRunner, private readonly audit: AuditLog) {}

  @Get()
  @Roles('frontoffice', 'beheer')
  @ApiOperation({ summary: 'Likely duplicate inwoners (same surname, birth date and postcode) to check' })
  @ApiOkResponse({ description: '{ items: [{ id, inwonerId, kandidaatId, gevondenOp }] }' })
  list(@CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (manager) => {
      const scope = zichtbaarVoor(wie, 1);
      const rows: { id: string; inwoner_id: string; kandidaat_id: string; gevonden_op: Date }[] = await manager.query(
        `SELECT d.id, d.inwoner_id, d.kandidaat_id, d.gevonden_op FROM mogelijke_dubbelen d JOIN inwoners i ON i.id = d.inwoner_id
          WHERE d.status = 'open' AND ${scope.sql} ORDER BY d.gevonden_op LIMIT 200`,
        scope.params,
      );
      await this.audit.schrijf(manager, wie, 'dubbelen-inzien', [...new Set(rows.flatMap((r) => [r.inwoner_id, r.kandidaat_id]))], 'dubbelen-controleren');
      return { items: rows.map((r) => ({ id: r.id, inwonerId: r.inwoner_id, kandidaatId: r.kandidaat_id, gevondenOp: r.gevonden_op.toISOString() })) };
    });
  }
}
