import { Injectable } from '@nestjs/common';
import { limietEnBegin, pagina, Paginering } from '@wiz/contracts';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { inwonerZichtbaarVoor } from '../../database/zichtbaarheid';

/**
 * The open likely-duplicate pairs for staff to check and merge, oldest first, paged: only pairs of which the caller
 * may see both inwoners, so a pair never reveals that another organisation holds someone with the same name.
 */
@Injectable()
export class MogelijkeDubbelen {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  pagina(vraag: Paginering, wie: Principal) {
    return this.transactions.run(async (manager) => {
      const inwoner = inwonerZichtbaarVoor(wie, 'd.inwoner_id', 1);
      const kandidaat = inwonerZichtbaarVoor(wie, 'd.kandidaat_id', 1);
      const where = `d.status = 'open' AND ${inwoner.sql} AND ${kandidaat.sql}`;
      const [{ totaal }] = await manager.query(
        `SELECT count(*)::int AS totaal FROM mogelijke_dubbelen d WHERE ${where}`,
        inwoner.params,
      );
      const n = inwoner.params.length;
      const rows: { id: string; inwoner_id: string; kandidaat_id: string; gevonden_op: Date }[] = await manager.query(
        `SELECT d.id, d.inwoner_id, d.kandidaat_id, d.gevonden_op FROM mogelijke_dubbelen d
          WHERE ${where} ORDER BY d.gevonden_op, d.id LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...inwoner.params, ...limietEnBegin(vraag)],
      );
      await this.audit.schrijf(manager, wie, {
        actie: 'dubbelen-inzien',
        doel: 'dubbelen-controleren',
        wat: { soort: 'mogelijke-dubbelen', id: null },
        inwonerIds: [...new Set(rows.flatMap((r) => [r.inwoner_id, r.kandidaat_id]))],
      });
      const items = rows.map((r) => ({
        id: r.id,
        inwonerId: r.inwoner_id,
        kandidaatId: r.kandidaat_id,
        gevondenOp: r.gevonden_op.toISOString(),
      }));
      return pagina(items, vraag, totaal);
    });
  }
}
