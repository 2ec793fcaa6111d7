import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, TransactionRunner, problemException } from '@wiz/platform';
import type { SroiVerplichtingInvoer } from '../../domain';
import { SroiVerplichtingRepository } from '../../database/sroi-verplichting-repository';
import { WERKGEVERREGISTER, type Werkgeverregister } from '../../../werkgevers/werkgeverregister.port';

/** Records an SROI obligation of a known supplier, owned by the recording organisation. */
@Injectable()
export class RegistreerSroiVerplichting {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly verplichtingen: SroiVerplichtingRepository,
    @Inject(WERKGEVERREGISTER) private readonly werkgevers: Werkgeverregister,
  ) {}

  execute(v: SroiVerplichtingInvoer, wie: Principal): Promise<{ id: string }> {
    return this.transactions.run(async (m) => {
      if (!(await this.werkgevers.bestaat(m, v.werkgeverId)))
        throw problemException(400, 'Unknown reference.', {
          errors: [{ field: 'werkgeverId', message: 'no such werkgever' }],
        });
      const id = randomUUID();
      await this.verplichtingen.voegToe(m, { ...v, id, organisatie: wie.organisatie });
      return { id };
    });
  }
}
