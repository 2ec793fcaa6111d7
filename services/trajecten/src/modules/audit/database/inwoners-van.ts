import type { EntityManager } from 'typeorm';
import { idsIn, isUuid, type AuditVerzoek } from '@wiz/platform';

const uuids = (ids: Iterable<string>) => [...ids].filter(isUuid);

async function lijst(m: EntityManager, sql: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rijen: { inwoner_id: string }[] = await m.query(sql, [ids]);
  return rijen.map((r) => r.inwoner_id);
}

/**
 * The inwoners behind what a trajecten route answered or was asked about: every `trajectId` in the answer, the
 * traject of a `/trajecten/:id…` path, of an opvolging or of an overdracht. Read in the route's own transaction.
 */
export const inwonersVanTrajecten =
  (pad: 'traject' | 'opvolging' | 'overdracht' | 'geen') =>
  async (m: EntityManager, verzoek: AuditVerzoek, antwoord: unknown): Promise<string[]> => {
    const trajecten = idsIn(antwoord, ['trajectId']);
    const id = verzoek.params.id;
    if (pad === 'traject' && id) trajecten.add(id);
    const viaPad =
      pad === 'opvolging' && id
        ? await lijst(
            m,
            'SELECT t.inwoner_id FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = ANY($1::uuid[])',
            uuids([id]),
          )
        : pad === 'overdracht' && id
          ? await lijst(
              m,
              'SELECT t.inwoner_id FROM overdrachten o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = ANY($1::uuid[])',
              uuids([id]),
            )
          : [];
    const viaTraject = await lijst(m, 'SELECT inwoner_id FROM trajecten WHERE id = ANY($1::uuid[])', uuids(trajecten));
    return [...viaPad, ...viaTraject];
  };
