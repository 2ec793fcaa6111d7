import { Inject, Injectable } from '@nestjs/common';
import { assertReach, Principal } from '@wiz/platform';
import { SCOPING } from '../scoping';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from './database/declaratie.repository.port';

/** Who may see a claim: its own organisation (and beheer); anyone else gets 404, as for a claim that is not there. */
@Injectable()
export class DeclaratieToegang {
  constructor(@Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort) {}

  async eisZichtbaar(id: string, wie: Principal): Promise<void> {
    const d = await this.declaraties.eigenaar(id);
    assertReach(wie, SCOPING.declaratie, 'read', d && [d.organisatie], `Declaratie ${id}`);
  }
}
