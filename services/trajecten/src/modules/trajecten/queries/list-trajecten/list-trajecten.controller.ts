import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, maySee, Principal, Roles } from '@wiz/platform';
import { TrajectEntity } from '../../database/traject.entity';
import { trajectView } from '../traject.view';

class ListTrajectenQuery extends createZodDto(z.object({ inwonerId: z.uuid() }).strict()) {}

@ApiTags('trajecten')
@Controller('trajecten')
export class ListTrajectenController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('consulent', 'beheer')
  @ApiOperation({ summary: 'Trajecten of one inwoner that the caller\'s organisation may see' })
  @ApiOkResponse({ description: '{ items: traject[] }' })
  async listTrajecten(@Query() query: ListTrajectenQuery, @CurrentPrincipal() principal: Principal) {
    const found = await this.dataSource.getRepository(TrajectEntity).find({ where: { inwonerId: query.inwonerId }, order: { gestartOp: 'ASC' } });
    return { items: found.filter((t) => maySee(principal, [t.organisatie])).map(trajectView) };
  }
}
