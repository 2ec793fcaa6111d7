import { Body, ConflictException, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, PlaatsingBeeindigd } from '@wiz/contracts';
import {
  assertReach,
  CurrentPrincipal,
  Outbox,
  Principal,
  Roles,
  TransactionRunner,
  problemException,
} from '@wiz/platform';
import { SCOPING } from '../../scoping';
import { PLAATSING_EIGENAARS } from '../database/plaatsing-eigenaars';

class Beeindiging extends createZodDto(
  z.object({ einddatum: IsoDateSchema, reden: z.string().trim().min(1).max(200) }).strict(),
) {}

@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class BeeindigPlaatsingController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
  ) {}

  @Post(':id/beeindiging')
  @HttpCode(200)
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'End a placement with a reason; publishes plaatsing-beeindigd' })
  @ApiOkResponse({ description: '{ id, einddatum, reden }' })
  beeindig(@Param('id', new ParseUUIDPipe()) id: string, @Body() b: Beeindiging, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const [p] = await m.query(
        `SELECT p.traject_id, p.inwoner_id, to_char(p.startdatum, 'YYYY-MM-DD') AS startdatum, p.einddatum, ${PLAATSING_EIGENAARS} AS eigenaars
           FROM plaatsingen p WHERE p.id = $1 FOR UPDATE OF p`,
        [id],
      );
      assertReach(wie, SCOPING.plaatsing, 'write', p?.eigenaars, `Plaatsing ${id}`);
      if (p.einddatum) throw new ConflictException('This placement has ended already.');
      if (b.einddatum < p.startdatum)
        throw problemException(400, 'The end is before the start.', {
          errors: [{ field: 'einddatum', message: 'must not be before the startdatum' }],
        });
      await m.query('UPDATE plaatsingen SET einddatum = $2, eind_reden = $3 WHERE id = $1', [id, b.einddatum, b.reden]);
      await this.outbox.add(
        m,
        PlaatsingBeeindigd,
        { plaatsingId: id, trajectId: p.traject_id, inwonerId: p.inwoner_id, einddatum: b.einddatum, reden: b.reden },
        { subject: id },
      );
      return { id, einddatum: b.einddatum, reden: b.reden };
    });
  }
}
