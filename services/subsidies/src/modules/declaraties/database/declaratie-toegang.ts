import type { EntityManager } from 'typeorm';
import { assertReach, Principal } from '@wiz/platform';
import { SCOPING } from '../../scoping';

/** 404 unless the claim exists and belongs to the caller's organisation (or the caller is beheer). */
export async function eisZichtbareDeclaratie(
  m: Pick<EntityManager, 'query'>,
  id: string,
  wie: Principal,
): Promise<void> {
  const [d] = await m.query('SELECT organisatie FROM declaraties WHERE id = $1', [id]);
  assertReach(wie, SCOPING.declaratie, 'read', d && [d.organisatie], `Declaratie ${id}`);
}
