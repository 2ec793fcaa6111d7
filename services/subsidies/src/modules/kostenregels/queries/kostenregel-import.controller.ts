import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, maySee, Principal, Roles } from '@wiz/platform';

interface Rij {
  id: string;
  status: string;
  voortgang: number;
  aantal: number | null;
  uitkomst: { detail: string; errors: unknown[] } | null;
  organisatie: string | null;
}

/** A large import's status while its job runs, then its outcome: the lines stored, or why nothing was. */
@ApiTags('kostenregels')
@Controller('kostenregels/importen')
export class KostenregelImportController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id')
  @Roles('financien', 'beheer')
  @ApiOperation({
    summary:
      'An import run as a job: in-bewerking with voortgang 0..100, then verwerkt (aantal) or geweigerd (the row errors)',
  })
  @ApiOkResponse({ description: '{ id, status, voortgang, aantal? , detail?, errors? }' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const [r]: Rij[] = await this.db.query(
      'SELECT id, status, voortgang, aantal, uitkomst, organisatie FROM kostenregel_importen WHERE id = $1',
      [id],
    );
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
