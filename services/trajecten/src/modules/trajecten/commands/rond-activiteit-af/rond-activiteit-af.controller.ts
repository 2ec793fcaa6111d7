import { Body, Controller, Headers, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ActiviteitAfgerond, ActiviteitResultaatSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Outbox, Principal, Roles } from '@wiz/platform';
import { wijzig } from '../../domain/traject';
import { rondActiviteitAf } from '../../domain/activiteit';
import { TrajectRepository } from '../../database/traject-repository';
import { TrajectWijziging } from '../../database/traject-wijziging';
import { MonitorProjectie } from '../../../monitor/database/monitor-projectie';
import { MonitorPersonen } from '../../../monitor/database/monitor-personen';
import { zetEtag } from '../etag';
import { ActiviteitAfgerond as Afronding } from './rond-activiteit-af.response';

class AfrondingRequest extends createZodDto(
  z.object({ resultaat: ActiviteitResultaatSchema, datum: IsoDateSchema }).strict(),
) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class RondActiviteitAfController {
  constructor(
    private readonly wijziging: TrajectWijziging,
    private readonly trajecten: TrajectRepository,
    private readonly outbox: Outbox,
    private readonly monitor: MonitorProjectie,
    private readonly personen: MonitorPersonen,
  ) {}

  @Post(':id/activiteiten/:activiteitId/afronding')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'rondActiviteitAf',
    summary: 'Complete an activity with its result',
    status: 200,
    response: Afronding,
    errors: {
      404: 'No traject with this id that the caller may see, or no such activity in it.',
      409: 'The traject is closed.',
      412: 'If-Match names an older version of the traject.',
    },
  })
  async rondAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('activiteitId', new ParseUUIDPipe()) activiteitId: string,
    @Body() body: AfrondingRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { resultaat, versie } = await this.wijziging.voer(id, wie, ifMatch, async (t, m) => {
      const [a] = await m.query(
        `SELECT soort, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, resultaat FROM activiteiten WHERE id = $1 AND traject_id = $2 FOR UPDATE`,
        [activiteitId, id],
      );
      if (!a) throw new NotFoundException(`Activiteit ${activiteitId} not found in this traject.`);
      const nieuw = { ...t, ...wijzig(t) };
      rondActiviteitAf(a, body.datum);
      await this.trajecten.bewaar(m, nieuw);
      await m.query('UPDATE activiteiten SET resultaat = $2, datum = $3, afgerond_door = $4 WHERE id = $1', [
        activiteitId,
        body.resultaat,
        body.datum,
        wie.subject,
      ]);
      await this.outbox.add(
        m,
        ActiviteitAfgerond,
        {
          trajectId: id,
          inwonerId: t.inwonerId,
          gemeentecode: t.gemeentecode,
          activiteitId,
          soort: a.soort,
          resultaat: body.resultaat,
          datum: body.datum,
        },
        { subject: id },
      );
      // The activity's datum is the moment of the fact, whenever it is recorded.
      const context = {
        bron: `activiteit:${activiteitId}`,
        inwonerId: t.inwonerId,
        trajectId: id,
        gemeentecode: t.gemeentecode,
        huidigeStap: t.huidigeStap,
        op: body.datum,
      };
      await this.monitor.registreer(m, { soort: 'activiteit', resultaat: body.resultaat }, context);
      await this.personen.activiteitAfgerond(m, activiteitId, body.resultaat, body.datum);
      return { id: activiteitId, resultaat: body.resultaat, datum: body.datum };
    });
    zetEtag(reply, versie);
    return resultaat;
  }
}
