import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, maySee, Operation, Principal, Roles } from '@wiz/platform';
import {
  KOSTENREGEL_IMPORT_REPOSITORY,
  KostenregelImportRepositoryPort,
} from '../../database/kostenregel-import.repository.port';
import { KostenregelImportStand } from './lees-import.response';

/** A large import's status while its job runs, then its outcome: the lines stored, or why nothing was. */
@ApiTags('kostenregels')
@Controller('kostenregels/importen')
export class LeesImportController {
  constructor(@Inject(KOSTENREGEL_IMPORT_REPOSITORY) private readonly importen: KostenregelImportRepositoryPort) {}

  @Get(':id')
  @Roles('financien', 'beheer')
  @Operation({
    id: 'getKostenregelImport',
    summary:
      'An import run as a job: in-bewerking with voortgang 0..100, then verwerkt (aantal) or geweigerd (the row errors)',
    status: 200,
    response: KostenregelImportStand,
    errors: { 404: 'No import with this id that the caller may see.' },
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const r = await this.importen.stand(id);
    // The upload is the importing organisation's: another organisation's finance gets 404, as for its cost lines.
    if (!r || !maySee(wie, [r.organisatie])) throw new NotFoundException(`Import ${id} not found.`);
    return {
      id: r.id,
      status: r.status,
      voortgang: r.voortgang,
      ...(r.status === 'verwerkt' ? { aantal: r.aantal } : {}),
      ...(r.status === 'geweigerd' && r.uitkomst ? { detail: r.uitkomst.detail, errors: r.uitkomst.errors } : {}),
    };
  }
}
