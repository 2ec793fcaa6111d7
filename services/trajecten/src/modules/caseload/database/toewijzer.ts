import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Toewijzer as ToewijzerPort } from '../caseload.port';
import { eisActieveCollega } from '../domain/medewerker';
import { minstBelast, NIEMAND, toewijzingAan, type Toewijzing } from '../domain/toewijzing';
import { MedewerkerRepository } from './medewerker.repository';
import { ToewijzingsregelRepository } from './toewijzingsregel.repository';

/** Chooses who holds a traject from the organisation's rule and its medewerkers. */
@Injectable()
export class Toewijzer implements ToewijzerPort {
  constructor(
    private readonly medewerkers: MedewerkerRepository,
    private readonly regels: ToewijzingsregelRepository,
  ) {}

  async volgensRegel(m: EntityManager, organisatie: string): Promise<Toewijzing> {
    const regel = await this.regels.van(m, organisatie);
    if (!regel) return NIEMAND;
    if (regel.regel === 'minst-belast')
      return minstBelast(await this.medewerkers.kandidaten(m, organisatie, regel.team), regel.team);
    const vast = regel.consulent ? await this.medewerkers.een(m, regel.consulent) : undefined;
    // The fixed consulent may have left since the rule was set: then nobody, rather than someone who cannot act.
    return vast?.actief && vast.organisatie === organisatie ? toewijzingAan(vast) : NIEMAND;
  }

  async aanCollega(m: EntityManager, subject: string, organisatie: string, field: string): Promise<Toewijzing> {
    const w = await this.medewerkers.een(m, subject);
    eisActieveCollega(w, organisatie, field);
    return toewijzingAan(w);
  }
}
