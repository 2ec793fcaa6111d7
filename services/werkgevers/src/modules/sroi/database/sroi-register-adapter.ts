import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { leidSroiDoelgroepAf, SroiDoelgroep, SroiDoelgroepStatus, Uitkeringssituatie } from '../domain';
import type { SroiRegister } from '../sroi-register.port';
import { SroiVerplichtingRepository } from './sroi-verplichting-repository';
import { UitkeringssituatieRepository } from './uitkeringssituatie-repository';

/** The `SroiRegister` port on SROI's repositories. */
@Injectable()
export class SroiRegisterAdapter implements SroiRegister {
  constructor(
    private readonly verplichtingen: SroiVerplichtingRepository,
    private readonly situaties: UitkeringssituatieRepository,
  ) {}

  isVerplichtingVan(m: EntityManager, verplichtingId: string, werkgeverId: string): Promise<boolean> {
    return this.verplichtingen.isVanWerkgever(m, verplichtingId, werkgeverId);
  }

  async doelgroepBijStart(
    m: EntityManager,
    inwonerId: string,
    startdatum: string,
    opgegeven: SroiDoelgroep | undefined,
  ): Promise<{ doelgroep: SroiDoelgroep | null; status: SroiDoelgroepStatus }> {
    if (opgegeven) return { doelgroep: opgegeven, status: 'bevestigd' };
    const afgeleid = leidSroiDoelgroepAf(await this.situaties.situatie(m, inwonerId), startdatum);
    return afgeleid ? { doelgroep: afgeleid, status: 'afgeleid' } : { doelgroep: null, status: 'onbevestigd' };
  }

  async bewaarSituatie(
    m: EntityManager,
    inwonerId: string,
    situatie: Uitkeringssituatie,
    aangemeldOp: string,
  ): Promise<Uitkeringssituatie | null> {
    await this.situaties.bewaar(m, inwonerId, situatie, aangemeldOp);
    return this.situaties.situatie(m, inwonerId);
  }
}
