import type { EntityManager } from 'typeorm';
import { isUuid, type AuditVerzoek } from '@wiz/platform';

/**
 * The participants of a claim (the inwoners of its cost lines), for the audit row of a read that shows them all
 * (its export). Read in the route's own transaction.
 */
export async function inwonersVanDeclaratie(m: EntityManager, verzoek: AuditVerzoek): Promise<string[]> {
  const id = verzoek.params.id;
  if (!id || !isUuid(id)) return [];
  const rijen: { inwoner_id: string }[] = await m.query(
    `SELECT DISTINCT k.inwoner_id FROM declaratie_regels d JOIN kostenregels k ON k.id = d.kostenregel_id
     WHERE d.declaratie_id = $1 AND k.inwoner_id IS NOT NULL`,
    [id],
  );
  return rijen.map((r) => r.inwoner_id);
}
