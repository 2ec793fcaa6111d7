import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, maySee, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AanmeldingEntity } from '../../database/aanmelding.entity';
import { AuditLog } from '../../../audit/audit-log';
import { AanmeldingDetail } from './get-aanmelding.response';

@ApiTags('aanmeldingen')
@Controller('aanmeldingen')
export class GetAanmeldingController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  @Get(':id')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'getAanmelding',
    summary: 'One aanmelding with its route and the situation as recorded (audited read)',
    status: 200,
    response: AanmeldingDetail,
    errors: { 404: 'No aanmelding with this id that the caller may see.' },
  })
  getAanmelding(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.transactions.run(async (manager) => {
      const found = await manager.getRepository(AanmeldingEntity).findOneBy({ id });
      // Another organisation's aanmelding is answered as absent: its existence is not theirs to know.
      if (!found || !maySee(principal, [found.organisatie, found.geregistreerdDoorOrganisatie])) {
        throw new NotFoundException(`Aanmelding ${id} not found.`);
      }
      // The situation holds sensitive answers (GGZ, minority, homelessness): reading it is logged like any personal data.
      await this.audit.schrijf(manager, principal, 'inzage', [found.inwonerId], 'dienstverlening');
      return {
        id: found.id,
        inwonerId: found.inwonerId,
        kanaal: found.kanaal,
        status: found.status,
        route: found.route,
        aangemeldOp: found.createdAt.toISOString(),
        ...(found.routeringsversie === null ? {} : { routeringsversie: found.routeringsversie }),
        situatie: found.situatie,
      };
    });
  }
}
