import { Body, ConflictException, Controller, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DuurzaamheidVastgesteld } from '@wiz/contracts';
import { CurrentPrincipal, maySee, Operation, Outbox, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { isDuurzaam } from '../domain/duurzaamheid';
import { MonitorProjectie } from '../../monitor/database/monitor-projectie';
import { Uitkomst } from './leg-uitkomst-vast.response';

class UitkomstRequest extends createZodDto(
  z.object({ inDienst: z.boolean(), urenPerWeek: z.number().min(0).max(80) }).strict(),
) {}

/** The consulent records the duurzaamheidscheck's outcome once it is due; duurzaam = in dienst and ≥ 24 hours. */
@ApiTags('opvolgingen')
@Controller('opvolgingen')
export class LegUitkomstVastController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly monitor: MonitorProjectie,
  ) {}

  @Post(':id/uitkomst')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'legUitkomstVast',
    summary: 'Record the outcome of a due duurzaamheidscheck',
    status: 200,
    response: Uitkomst,
    errors: {
      404: 'No follow-up with this id that the caller may see.',
      409: 'Not a duurzaamheidscheck, not due yet, or its outcome is recorded already.',
    },
  })
  legVast(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UitkomstRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.transactions.run(async (m) => {
      const [o] = await m.query(
        `SELECT o.soort, o.status, o.plaatsing_id, t.id AS traject_id, t.inwoner_id, t.gemeentecode, t.organisatie
           FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = $1 FOR UPDATE OF o`,
        [id],
      );
      if (!o || !maySee(wie, [o.organisatie])) throw new NotFoundException(`Opvolging ${id} not found.`);
      if (o.soort !== 'duurzaamheidscheck')
        throw new ConflictException('Only a duurzaamheidscheck has an outcome to record.');
      if (o.status === 'gepland') throw new ConflictException('This duurzaamheidscheck is not due yet.');
      if (o.status !== 'open')
        throw new ConflictException('The outcome of this duurzaamheidscheck has been recorded already.');
      const duurzaam = isDuurzaam(body.inDienst, body.urenPerWeek);
      const nu = new Date();
      await m.query(`UPDATE opvolgingen SET status = 'afgehandeld', uitkomst = $2 WHERE id = $1`, [
        id,
        JSON.stringify({ ...body, duurzaam, door: wie.subject, op: nu }),
      ]);
      await this.outbox.add(
        m,
        DuurzaamheidVastgesteld,
        {
          trajectId: o.traject_id,
          inwonerId: o.inwoner_id,
          plaatsingId: o.plaatsing_id,
          duurzaam,
          inDienst: body.inDienst,
          urenPerWeek: body.urenPerWeek,
          vastgesteldOp: nu.toISOString(),
        },
        { subject: o.traject_id },
      );
      if (duurzaam) await this.monitor.tel(m, 'duurzame-plaatsing', nu, o.gemeentecode);
      return { duurzaam };
    });
  }
}
