import type { EntityManager } from 'typeorm';
import type { TrajectVoorFeiten } from '../monitor.port';

/**
 * The trajecten facts are counted under, by id, FOR SHARE: a merge moving a traject to another inwoner waits for
 * these facts, or these facts see the merge. In id order, so two transactions never hold each other's trajecten
 * crosswise. An id not known here is missing from the map.
 */
export async function trajectenVoorFeiten(
  m: EntityManager,
  ids: readonly string[],
): Promise<Map<string, TrajectVoorFeiten>> {
  const rijen: TrajectVoorFeiten[] = await m.query(
    'SELECT id, inwoner_id, gemeentecode, huidige_stap FROM trajecten WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE',
    [[...new Set(ids.map((id) => id.toLowerCase()))]],
  );
  return new Map(rijen.map((t) => [t.id, t]));
}
