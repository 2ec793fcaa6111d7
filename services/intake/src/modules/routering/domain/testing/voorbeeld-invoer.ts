import { routeer } from '../routeer';
import type { RouteringsInvoer } from '../routerings-invoer';
import { STANDAARD_REGELTABEL } from '../standaard-regeltabel';

/** A 35-year-old in Groningen with a startkwalificatie, no benefit, not working, asking about work at the counter. */
export const BASIS_INVOER: RouteringsInvoer = {
  uitkering: 'geen',
  werkend: false,
  zzp: false,
  arbeidsbeperking: false,
  statushouder: false,
  startkwalificatie: true,
  leeftijd: 35,
  gemeentecode: 'GM0014',
  kanaal: 'balie',
  hulpvraagSoort: 'werk',
};

export interface VerwachteRoute {
  stap: string;
  organisatie: string;
  regel: string;
}

export interface Voorbeeld {
  wie: string;
  situatie: Partial<RouteringsInvoer>;
  verwacht: VerwachteRoute;
}

/** Routes BASIS_INVOER changed by `situatie` with the default table; keeps only what the examples assert. */
export function routeerStandaard(situatie: Partial<RouteringsInvoer>): VerwachteRoute {
  const { stap, organisatie, regel } = routeer(STANDAARD_REGELTABEL, { ...BASIS_INVOER, ...situatie });
  return { stap, organisatie, regel };
}
