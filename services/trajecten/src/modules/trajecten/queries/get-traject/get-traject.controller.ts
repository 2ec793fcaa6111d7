import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, maySee, Principal, Roles } from '@wiz/platform';
import { activiteitenVan, overgangenVan, TRAJECT_KOLOMMEN, trajectView } from '../traject.view';
import { zetEtag } from '../../commands/etag';

@ApiTags('trajecten')
@Controller('trajecten')
export class GetTrajectController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('consulent', 'beheer')
  @ApiOperation({
    summary: 'One traject with its steps, step changes (who, when, why) and activities, with an ETag of its version',
  })
  @ApiOkResponse({
    description:
      '{ id, inwonerId, status, huidigeStap, stappen, activiteiten, versie, overgangen: [{ van, naar, door, toelichting, op }], … }',
  })
  async getTraject(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const [t] = await this.dataSource.query(`SELECT ${TRAJECT_KOLOMMEN} FROM trajecten t WHERE t.id = $1`, [id]);
    if (!t || !maySee(wie, [t.organisatie])) throw new NotFoundException(`Traject ${id} not found.`);
    zetEtag(reply, t.versie);
    const m = this.dataSource.manager;
    return { ...trajectView(t, await activiteitenVan(m, id)), overgangen: await overgangenVan(m, id) };
  }
}
