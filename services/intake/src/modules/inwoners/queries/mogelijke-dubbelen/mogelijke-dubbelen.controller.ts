import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { inwonerZichtbaarVoor } from '../../database/zichtbaarheid';
import { overslaan, paginering } from '../paginering';
import { MogelijkeDubbelenPagina } from './mogelijke-dubbelen.response';

class Pagina extends createZodDto(z.object(paginering(200)).strict()) {}

/**
 * The open likely-duplicate pairs for staff to check and merge, oldest first, paged: only pairs of which the caller
 * may see both inwoners, so a pair never reveals that another organisation holds someone with the same name.
 */
@ApiTags('inwoners')
@Controller('mogelijke-dubbelen')
export class MogelijkeDubbelenController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'listMogelijkeDubbelen',
    summary: 'Likely duplicate inwoners (same surname, birth date and postcode) to check',
    status: 200,
    response: MogelijkeDubbelenPagina,
  })
  list(@Query() vraag: Pagina, @CurrentPrincipal() wie: Principal) {
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
        [...inwoner.params, vraag.paginagrootte, overslaan(vraag)],
      );
      await this.audit.schrijf(
        manager,
        wie,
        'dubbelen-inzien',
        [...new Set(rows.flatMap((r) => [r.inwoner_id, r.kandidaat_id]))],
        'dubbelen-controleren',
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          inwonerId: r.inwoner_id,
          kandidaatId: r.kandidaat_id,
          gevondenOp: r.gevonden_op.toISOString(),
        })),
        pagina: vraag.pagina,
        paginagrootte: vraag.paginagrootte,
        totaal,
      };
    });
  }
}
