import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, maySee, Operation, Principal, Roles } from '@wiz/platform';
import { activiteitenVan, overgangenVan, TRAJECT_KOLOMMEN, trajectView } from '../traject.view';
import { zetEtag } from '../../commands/etag';
import { Traject } from './get-traject.response';

@ApiTags('trajecten')
@Controller('trajecten')
export class GetTrajectController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'getTraject',
    summary: 'One traject with its steps, step changes (who, when, why) and activities, with an ETag of its version',
    status: 200,
    response: Traject,
    etag: true,
    errors: { 404: 'No traject with this id that the caller may see.' },
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
