import { Inject, Injectable } from '@nestjs/common';
import { problemException } from '@wiz/platform';
import type { RegelingInvoer, RegelingView } from '../../domain/regeling-invoer';
import { REGELING_REPOSITORY, RegelingRepositoryPort } from '../../database/regeling.repository.port';

/** Records a subsidy scheme under a code no other scheme has (409 otherwise). */
@Injectable()
export class RegistreerRegelingService {
  constructor(@Inject(REGELING_REPOSITORY) private readonly regelingen: RegelingRepositoryPort) {}

  async registreer(r: RegelingInvoer): Promise<RegelingView> {
    if (!(await this.regelingen.voegToe(r)))
      throw problemException(409, `A regeling with code ${r.code} exists already.`);
    return (await this.regelingen.lees(r.code))!; // stored just now
  }
}
