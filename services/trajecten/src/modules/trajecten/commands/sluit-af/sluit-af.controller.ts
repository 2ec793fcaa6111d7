import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AfsluitRedenSchema, IsoDateSchema, TrajectAfgesloten } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Outbox, Principal, Roles } from '@wiz/platform';
import { sluitAf } from '../../domain/traject';
import { TrajectRepository } from '../../database/traject-repository';
import { TrajectWijziging } from '../../database/traject-wijziging';
import { OpvolgingPlanner } from '../../../opvolgingen/database/opvolging-planner';
import { MonitorProjectie } from '../../../monitor/database/monitor-projectie';
import { zetEtag } from '../etag';
import { TrajectAfgesloten as Afsluiting } from './sluit-af.response';

class AfsluitingRequest extends createZodDto(z.object({ reden: AfsluitRedenSchema, datum: IsoDateSchema }).strict()) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class SluitAfController {
  constructor(
    private readonly wijziging: TrajectWijziging,
    private readonly trajecten: TrajectRepository,
    private readonly outbox: Outbox,
    private readonly opvolgingen: OpvolgingPlanner,
    private readonly monitor: MonitorProjectie,
  ) {}

  @Post(':id/afsluiting')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'sluitTrajectAf',
    summary: 'Close the traject with a reason; it then refuses changes (409)',
    status: 200,
    response: Afsluiting,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  async sluitAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AfsluitingRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { resultaat, versie } = await this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const nieuw = { ...t, ...sluitAf(t, body.reden, new Date().toISOString()) };
      await this.trajecten.bewaar(m, nieuw, { afsluitreden: body.reden, afgeslotenOp: body.datum });
      await this.opvolgingen.laatVervallen(m, id);
      // Closing for work or schooling is a step forward; any closing limits which later placements still count.
      const context = {
        bron: `afsluiting:${id}`,
        inwonerId: t.inwonerId,
        trajectId: id,
        gemeentecode: t.gemeentecode,
        huidigeStap: t.huidigeStap,
        op: body.datum,
      };
      await this.monitor.registreer(m, { soort: 'afsluiting', reden: body.reden }, context);
      await this.outbox.add(
        m,
        TrajectAfgesloten,
        { trajectId: id, inwonerId: t.inwonerId, gemeentecode: t.gemeentecode, reden: body.reden, datum: body.datum },
        { subject: id },
      );
      return { id, status: nieuw.status, reden: body.reden, datum: body.datum };
    });
    zetEtag(reply, versie);
    return resultaat;
  }
}
