import type { EntityManager } from 'typeorm';
import { assertReach, Principal } from '@wiz/platform';
import { SCOPING } from '../../scoping';
import type { WerkgeverRepository } from '../database/werkgever-repository';

/**
 * Locks the employer a contact or vacancy is added to, after checking the caller may change it: 404 when there is
 * no such employer, 403 when it belongs to another organisation (every team reads it, its owner changes it).
 */
export async function eisWijzigbareWerkgever(
  m: EntityManager,
  werkgevers: WerkgeverRepository,
  werkgeverId: string,
  wie: Principal,
): Promise<void> {
  const eigenaar = await werkgevers.eigenaarVoorToevoeging(m, werkgeverId);
  assertReach(
    wie,
    SCOPING.werkgever,
    'write',
    eigenaar === undefined ? undefined : [eigenaar],
    `Werkgever ${werkgeverId}`,
  );
}
