import { Body, ConflictException, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { assertReach, CurrentPrincipal, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { SroiDoelgroepSchema } from '../../sroi/domain';
import { AuditLog } from '../../audit/audit-log';
import { SCOPING } from '../../scoping';
import { PLAATSING_EIGENAARS } from '../database/plaatsing-eigenaars';

class Bevestiging extends createZodDto(z.object({ sroiDoelgroep: SroiDoelgroepSchema }).strict()) {}

/**
 * The employer team confirms (or corrects) the doelgroep of an SROI placement: from then on it counts at that
 * doelgroep's bouwblok instead of the lowest (onbevestigd) or the derived one (afgeleid). It revalues the obligation's
 * progress, so it is audited with what it was before. Also for an ended placement: its days still count.
 */
@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class BevestigSroiDoelgroepController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  @Post(':id/sroi-doelgroep')
  @HttpCode(200)
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: "Confirm an SROI placement's doelgroep; revalues the obligation (audited)" })
  @ApiOkResponse({ description: '{ id, sroiDoelgroep, sroiDoelgroepStatus: bevestigd }' })
  bevestig(@Param('id', new ParseUUIDPipe()) id: string, @Body() b: Bevestiging, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const [p] = await m.query(
        `SELECT p.sroi_verplichting_id, p.sroi_doelgroep, p.sroi_doelgroep_status, ${PLAATSING_EIGENAARS} AS eigenaars FROM plaatsingen p WHERE p.id = $1 FOR UPDATE OF p`,
        [id],
      );
      assertReach(wie, SCOPING.plaatsing, 'write', p?.eigenaars, `Plaatsing ${id}`);
      if (!p.sroi_verplichting_id) throw new ConflictException('This placement does not count for an SROI obligation.');
      await m.query(`UPDATE plaatsingen SET sroi_doelgroep = $2, sroi_doelgroep_status = 'bevestigd' WHERE id = $1`, [
        id,
        b.sroiDoelgroep,
      ]);
      await this.audit.schrijf(m, wie, 'sroi-doelgroep-bevestigen', id, {
        sroiDoelgroep: b.sroiDoelgroep,
        was: { sroiDoelgroep: p.sroi_doelgroep, status: p.sroi_doelgroep_status },
      });
      return { id, sroiDoelgroep: b.sroiDoelgroep, sroiDoelgroepStatus: 'bevestigd' };
    });
  }
}
