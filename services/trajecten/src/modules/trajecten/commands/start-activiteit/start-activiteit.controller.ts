import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitSoortSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { TrajectRepository } from '../../database/traject-repository';
import { TrajectWijziging } from '../../database/traject-wijziging';
import { MonitorPersonen } from '../../../monitor/database/monitor-personen';
import { zetEtag } from '../etag';

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
  @ApiOperation({ summary: 'Start an activity (Kansrijk Opleiden, werkfit, …) in the traject' })
  @ApiCreatedResponse({ description: '{ id }' })
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
