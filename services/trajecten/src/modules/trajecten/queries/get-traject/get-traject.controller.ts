import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, maySee, Operation, Principal, Roles } from '@wiz/platform';
import { zetEtag } from '../../commands/etag';
import { TrajectQuery } from './get-traject.query';
import { Traject } from './get-traject.response';

@ApiTags('trajecten')
@Controller('trajecten')
export class GetTrajectController {
  constructor(private readonly trajecten: TrajectQuery) {}

  @Get(':id')
  @Roles('consulent', 'teamleider', 'beheer')
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
    const t = await this.trajecten.een(id);
    if (!t || !maySee(wie, [t.organisatie])) throw new NotFoundException(`Traject ${id} not found.`);
    zetEtag(reply, t.traject.versie);
    return t.traject;
  }
}
