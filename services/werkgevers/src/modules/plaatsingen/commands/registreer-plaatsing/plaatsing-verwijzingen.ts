import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldError, problemException } from '@wiz/platform';
import { KANDIDATENREGISTER, type Kandidatenregister } from '../../../kandidaten/kandidatenregister.port';
import { WERKGEVERREGISTER, type Werkgeverregister } from '../../../werkgevers/werkgeverregister.port';
import { ARRANGEMENTENREGISTER, type Arrangementenregister } from '../../../arrangementen/arrangementenregister.port';
import { SROI_REGISTER, type SroiRegister } from '../../../sroi/sroi-register.port';
import type { NieuwePlaatsing } from './registreer-plaatsing.request';

/** Checks a new placement's references against the contexts that own them, each through its port. */
@Injectable()
export class PlaatsingVerwijzingen {
  constructor(
    @Inject(KANDIDATENREGISTER) private readonly kandidaten: Kandidatenregister,
    @Inject(WERKGEVERREGISTER) private readonly werkgevers: Werkgeverregister,
    @Inject(ARRANGEMENTENREGISTER) private readonly arrangementen: Arrangementenregister,
    @Inject(SROI_REGISTER) private readonly sroi: SroiRegister,
  ) {}

  /** Every reference must exist (and belong to this employer): otherwise 400 naming each bad field. */
  async controleer(m: EntityManager, p: NieuwePlaatsing): Promise<{ inwonerId: string }> {
    // One after another: they share the transaction's connection, which runs one query at a time anyway (pg queues
    // a second one and warns that pg 9 will refuse it).
    const kandidaat = await this.kandidaten.kandidaat(m, p.trajectId);
    const werkgever = await this.werkgevers.bestaat(m, p.werkgeverId);
    const vacature = p.vacatureId ? await this.werkgevers.heeftVacature(m, p.werkgeverId, p.vacatureId) : true;
    const arrangement = p.arrangementId ? await this.arrangementen.bestaat(m, p.arrangementId) : true;
    const sroi = p.sroiVerplichtingId
      ? await this.sroi.isVerplichtingVan(m, p.sroiVerplichtingId, p.werkgeverId)
      : true;
    const errors: FieldError[] = [];
    if (!kandidaat) errors.push({ field: 'trajectId', message: 'no such traject is known' });
    if (!werkgever) errors.push({ field: 'werkgeverId', message: 'no such werkgever' });
    if (!vacature) errors.push({ field: 'vacatureId', message: 'no such vacature at this werkgever' });
    if (!arrangement) errors.push({ field: 'arrangementId', message: 'no such arrangement' });
    if (!sroi) errors.push({ field: 'sroiVerplichtingId', message: 'no such SROI obligation of this werkgever' });
    if (errors.length)
      throw problemException(
        400,
        `The request has ${errors.length} unknown reference${errors.length === 1 ? '' : 's'}.`,
        { errors },
      );
    return { inwonerId: kandidaat!.inwonerId };
  }
}
