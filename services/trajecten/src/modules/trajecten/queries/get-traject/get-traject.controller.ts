import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, maySee, Principal, Roles } from '@wiz/platform';
import { TrajectEntity } from '../../database/traject.entity';
import { trajectView } from '../traject.view';

@ApiTags('trajecten')
@Controller('trajecten')
export class GetTrajectController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('consulent', 'beheer')
  @ApiOperation({ summary: 'One traject, with an ETag of its version' })
  @ApiOkResponse({ description: '{ id, inwonerId, status, huidigeStap, stappen, activiteiten, versie }' })
  async getTraject(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const found = await this.dataSource.getRepository(TrajectEntity).findOneBy({ id });
    if (!found || !maySee(principal, [found.organisatie])) throw new NotFoundException(`Traject ${id} not found.`);
    void reply.header('ETag', `"${found.versie}"`);
    return trajectView(found);
  }
}
