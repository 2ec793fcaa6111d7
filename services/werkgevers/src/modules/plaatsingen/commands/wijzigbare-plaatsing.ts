import type { EntityManager } from 'typeorm';
import { assertNietBeperkt, assertReach, Principal, problemException } from '@wiz/platform';
import { SCOPING } from '../../scoping';
import type { Kandidatenregister } from '../../kandidaten/kandidatenregister.port';
import type { PlaatsingRepository } from '../database/plaatsing-repository';
import type { PlaatsingVoorWijziging } from '../domain/plaatsing';

/**
 * Locks a placement for a change the caller may make: 404 when there is no such placement (or the caller may not
 * read it), 403 when the caller may read but not change it or the inwoner's processing is restricted, 409 once
 * it was made anonymous. Its owners are the organisation that placed the person
 * and the organisation whose traject it is.
 */
export async function eisWijzigbarePlaatsing(
  m: EntityManager,
  plaatsingen: PlaatsingRepository,
  kandidaten: Kandidatenregister,
  id: string,
  wie: Principal,
): Promise<PlaatsingVoorWijziging> {
  const p = await plaatsingen.voorWijziging(m, id);
  const eigenaars = p && [p.organisatie, (await kandidaten.kandidaat(m, p.trajectId))?.organisatie ?? null];
  assertReach(wie, SCOPING.plaatsing, 'write', eigenaars, `Plaatsing ${id}`);
  // An anonymous placement (erased or past its retention period) is a figure, no longer anyone's record.
  if (p!.geanonimiseerd) throw problemException(409, `Plaatsing ${id} was made anonymous and takes no further change.`);
  await assertNietBeperkt(m, p!.inwonerId, wie);
  return p!;
}
