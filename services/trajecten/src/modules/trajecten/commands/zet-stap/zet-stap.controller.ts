import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { StapGezet, StapSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Outbox, Principal, Roles } from '@wiz/platform';
import { zetStap } from '../../domain/traject';
import { TrajectRepository } from '../../database/traject-repository';
import { TrajectWijziging } from '../../database/traject-wijziging';
import { MonitorProjectie } from '../../../monitor/database/monitor-projectie';
import { zetEtag } from '../etag';
import { StapGezet as StapGezetAntwoord } from './zet-stap.response';

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
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'zetStap',
    summary: 'Move the traject to another step (forward, back or skipping), with who, when and why',
    status: 200,
    response: StapGezetAntwoord,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
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
