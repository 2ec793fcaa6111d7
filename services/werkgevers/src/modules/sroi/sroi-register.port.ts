import type { EntityManager } from 'typeorm';
import type { SroiDoelgroep, SroiDoelgroepStatus, Uitkeringssituatie } from './domain';

/** Injection token of the `SroiRegister` that SroiModule exports. */
export const SROI_REGISTER = Symbol('SroiRegister');

/** What plaatsingen may ask of SROI: obligations, and the benefit situation that picks a placement's doelgroep. */
export interface SroiRegister {
  isVerplichtingVan(m: EntityManager, verplichtingId: string, werkgeverId: string): Promise<boolean>;
  /** The doelgroep of a new SROI placement: as told (bevestigd), else derived from the situation, else onbevestigd. */
  doelgroepBijStart(
    m: EntityManager,
    inwonerId: string,
    startdatum: string,
    opgegeven: SroiDoelgroep | undefined,
  ): Promise<{ doelgroep: SroiDoelgroep | null; status: SroiDoelgroepStatus }>;
  /** Keeps a person's newest benefit situation (data minimised) and answers the one now held. */
  bewaarSituatie(
    m: EntityManager,
    inwonerId: string,
    situatie: Uitkeringssituatie,
    aangemeldOp: string,
  ): Promise<Uitkeringssituatie | null>;
}
