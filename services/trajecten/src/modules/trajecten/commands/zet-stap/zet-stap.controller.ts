import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { StapGezet, StapSchema } from '@wiz/contracts';
import { CurrentPrincipal, Outbox, Principal, Roles } from '@wiz/platform';
import { zetStap } from '../../domain/traject';
import { TrajectRepository } from '../../database/traject-repository';
import { TrajectWijziging } from '../../database/traject-wijziging';
import { MonitorProjectie } from '../../../monitor/database/monitor-projectie';
import { zetEtag } from '../etag';

class ZetStapRequest extends createZodDto(
  z.object({ stap: StapSchema, toelichting: z.string().trim().min(1).max(2_000) }).strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class ZetStapController {
  constructor(
    private readonly wijziging: TrajectWijziging,
    private readonly trajecten: TrajectRepository,
    private readonly outbox: Outbox,
    private readonly monitor: MonitorProjectie,
  ) {}

  @Post(':id/stappen')
  @HttpCode(200)
  @Roles('consulent', 'beheer')
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag read before; 412 when the traject changed meanwhile',
  })
  @ApiOperation({ summary: 'Move the traject to another step (forward, back or skipping), with who, when and why' })
  @ApiOkResponse({ description: '{ id, huidigeStap, versie }' })
  async zetStap(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ZetStapRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { resultaat, versie } = await this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const op = new Date();
      const nieuw = { ...t, ...zetStap(t, body.stap, op.toISOString()) };
      await this.trajecten.bewaar(m, nieuw);
      await m.query(
        'INSERT INTO stap_overgangen (traject_id, van, naar, door, toelichting, op) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, t.huidigeStap, body.stap, wie.subject, body.toelichting, op],
      );
      await this.outbox.add(
        m,
        StapGezet,
        {
          trajectId: id,
          inwonerId: t.inwonerId,
          gemeentecode: t.gemeentecode,
          van: t.huidigeStap,
          naar: body.stap,
          gezetOp: op.toISOString(),
          versie: nieuw.versie,
        },
        { subject: id },
      );
      await this.monitor.registreer(
        m,
        { soort: 'stap', van: t.huidigeStap, naar: body.stap },
        {
          bron: `stap:${id}:${nieuw.versie}`,
          inwonerId: t.inwonerId,
          trajectId: id,
          gemeentecode: t.gemeentecode,
          huidigeStap: t.huidigeStap,
          op,
        },
      );
      return { id, huidigeStap: nieuw.huidigeStap, versie: nieuw.versie };
    });
    zetEtag(reply, versie);
    return resultaat;
  }
}
