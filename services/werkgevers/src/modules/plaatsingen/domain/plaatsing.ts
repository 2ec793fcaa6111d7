import type { SroiDoelgroep, SroiDoelgroepStatus } from '../../sroi/domain';

export interface NieuwePlaatsingRij {
  id: string;
  trajectId: string;
  inwonerId: string;
  werkgeverId: string;
  vacatureId: string | null;
  arrangementId: string | null;
  sroiVerplichtingId: string | null;
  sroiDoelgroep: SroiDoelgroep | null;
  sroiDoelgroepStatus: SroiDoelgroepStatus | null;
  startdatum: string;
  urenPerWeek: number;
  contractvorm: string;
  afspraakbaan: boolean;
  organisatie: string;
}

/** A placement as a change sees it, its row locked for that change. */
export interface PlaatsingVoorWijziging {
  trajectId: string;
  inwonerId: string;
  /** The organisation that placed the person. */
  organisatie: string | null;
  /** Made anonymous (erasure or retention): it takes no further change. */
  geanonimiseerd: boolean;
  startdatum: string;
  einddatum: string | null;
  sroiVerplichtingId: string | null;
  sroiDoelgroep: SroiDoelgroep | null;
  sroiDoelgroepStatus: SroiDoelgroepStatus | null;
}
