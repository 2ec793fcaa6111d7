import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { TrajectRepository } from '../../database/traject-repository';
import { TrajectWijziging } from '../../database/traject-wijziging';
import { MonitorProjectie } from '../../../monitor/database/monitor-projectie';
import { zetEtag } from '../etag';
import { LadderGewijzigd } from './wijzig-ladder.response';

class LadderRequest extends createZodDto(z.object({ trede: z.number().int().min(1).max(6) }).strict()) {}

/** Records the participatieladder rung (1 isolated … 6 paid work); a rise counts as een stap vooruit. */
@ApiTags('trajecten')
@Controller('trajecten')
export class WijzigLadderController {
  constructor(
    private readonly wijziging: TrajectWijziging,
    private readonly trajecten: TrajectRepository,
    private readonly monitor: MonitorProjectie,
  ) {}

  @Post(':id/participatieladder')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'wijzigParticipatieladder',
    summary: 'Record a participatieladder rung',
    status: 200,
    response: LadderGewijzigd,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  async wijzig(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LadderRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { resultaat, versie } = await this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const op = new Date();
      const nieuw = { ...t, ...wijzig(t), participatieladder: body.trede };
      await this.trajecten.bewaar(m, nieuw);
      await m.query('INSERT INTO ladder_metingen (traject_id, trede, op, door) VALUES ($1, $2, $3, $4)', [
        id,
        body.trede,
        op,
        wie.subject,
      ]);
      await this.monitor.registreer(
        m,
        { soort: 'ladder', van: t.participatieladder, naar: body.trede },
        {
          bron: `ladder:${id}:${nieuw.versie}`,
          inwonerId: t.inwonerId,
          trajectId: id,
          gemeentecode: t.gemeentecode,
          huidigeStap: t.huidigeStap,
          op,
        },
      );
      return { id, participatieladder: body.trede, versie: nieuw.versie };
    });
    zetEtag(reply, versie);
    return resultaat;
  }
}
