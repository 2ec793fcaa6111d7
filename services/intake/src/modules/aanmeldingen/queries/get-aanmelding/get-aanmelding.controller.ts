import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, maySee, Principal, Roles } from '@wiz/platform';
import { AanmeldingEntity } from '../../database/aanmelding.entity';

@ApiTags('aanmeldingen')
@Controller('aanmeldingen')
export class GetAanmeldingController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('frontoffice', 'beheer')
  @ApiOperation({ summary: 'One aanmelding with its route' })
  @ApiOkResponse({ description: '{ id, inwonerId, kanaal, status, route, aangemeldOp }' })
  async getAanmelding(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    const found = await this.dataSource.getRepository(AanmeldingEntity).findOneBy({ id });
    // Another organisation's aanmelding is answered as absent: its existence is not theirs to know.
    if (!found || !maySee(principal, [found.organisatie, found.geregistreerdDoorOrganisatie])) {
      throw new NotFoundException(`Aanmelding ${id} not found.`);
    }
    return {
      id: found.id,
      inwonerId: found.inwonerId,
      kanaal: found.kanaal,
      status: found.status,
      route: found.route,
      aangemeldOp: found.createdAt.toISOString(),
    };
  }
}
