import { TrajectToegewezen, type TOEWIJZING_REDENEN } from '@wiz/contracts';
import type { TrajectRij } from '../database/traject.repository.port';
import { aankondiging, type Aankondiging } from './traject-wijziging';

/** traject-toegewezen for the traject as it is now held, with its version after the change. */
export function toegewezen(
  t: Pick<TrajectRij, 'id' | 'inwonerId' | 'organisatie' | 'team' | 'consulent' | 'versie'>,
  reden: (typeof TOEWIJZING_REDENEN)[number],
  op: Date,
): Aankondiging {
  return aankondiging(TrajectToegewezen, {
    trajectId: t.id,
    inwonerId: t.inwonerId,
    organisatie: t.organisatie,
    team: t.team,
    consulent: t.consulent,
    reden,
    toegewezenOp: op.toISOString(),
    versie: t.versie,
  });
}
