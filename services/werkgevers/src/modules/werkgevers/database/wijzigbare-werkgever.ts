import type { EntityManager } from 'typeorm';
import { assertReach, Principal } from '@wiz/platform';
import { SCOPING } from '../../scoping';

/**
 * Locks the employer a contact or vacancy is added to, after checking the caller may change it: 404 when there is
 * no such employer, 403 when it belongs to another organisation (every team reads it, its owner changes it).
 */
export async function wijzigbareWerkgever(m: EntityManager, werkgeverId: string, wie: Principal): Promise<void> {
  const [werkgever] = await m.query('SELECT organisatie FROM werkgevers WHERE id = $1 FOR SHARE', [werkgeverId]);
  assertReach(wie, SCOPING.werkgever, 'write', werkgever && [werkgever.organisatie], `Werkgever ${werkgeverId}`);
}
