import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitSoortSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { TrajectRepository } from '../../database/traject-repository';
import { TrajectWijziging } from '../../database/traject-wijziging';
import { MonitorPersonen } from '../../../monitor/database/monitor-personen';
import { zetEtag } from '../etag';
import { ActiviteitGestart } from './start-activiteit.response';

class StartActiviteitRequest extends createZodDto(
  z.object({ soort: ActiviteitSoortSchema, startdatum: IsoDateSchema }).strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class StartActiviteitController {
  constructor(
    private readonly wijziging: TrajectWijziging,
    private readonly trajecten: TrajectRepository,
    private readonly personen: MonitorPersonen,
  ) {}

  @Post(':id/activiteiten')
  @Roles('consulent', 'beheer')
  @Idempotent()
  @Operation({
    id: 'startActiviteit',
    summary: 'Start an activity (Kansrijk Opleiden, werkfit, …) in the traject',
    status: 201,
    response: ActiviteitGestart,
    errors: {
      404: 'No traject with this id that the caller may see.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  async start(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: StartActiviteitRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { resultaat, versie } = await this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      await this.trajecten.bewaar(m, { ...t, ...wijzig(t) });
      const activiteitId = randomUUID();
      await m.query(
        'INSERT INTO activiteiten (id, traject_id, soort, startdatum, gestart_door) VALUES ($1, $2, $3, $4, $5)',
        [activiteitId, id, body.soort, body.startdatum, wie.subject],
      );
      await this.personen.activiteitGestart(m, {
        activiteitId,
        inwonerId: t.inwonerId,
        gemeentecode: t.gemeentecode,
        soort: body.soort,
        startdatum: body.startdatum,
      });
      return { id: activiteitId };
    });
    zetEtag(reply, versie);
    return resultaat;
  }
}
