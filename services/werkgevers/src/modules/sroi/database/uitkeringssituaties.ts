import type { EntityManager } from 'typeorm';
import { SroiDoelgroep, SroiDoelgroepStatus, Uitkeringssituatie, leidSroiDoelgroepAf } from '../domain';

/** What werkgevers knows of a person's benefit situation (the projection of intake's aanmelding-afgerond), or null. */
export async function uitkeringssituatie(m: EntityManager, inwonerId: string): Promise<Uitkeringssituatie | null> {
  const [s] = await m.query(
    'SELECT uitkering, uitkering_sinds AS "uitkeringSinds", doelgroepregister FROM uitkeringssituaties WHERE inwoner_id = $1',
    [inwonerId],
  );
  return s ?? null;
}

/** The doelgroep of a new SROI placement: as told (bevestigd), else derived from the projection, else onbevestigd. */
export async function sroiDoelgroepBijStart(
  m: EntityManager,
  inwonerId: string,
  startdatum: string,
  opgegeven: SroiDoelgroep | undefined,
): Promise<{ doelgroep: SroiDoelgroep | null; status: SroiDoelgroepStatus }> {
  if (opgegeven) return { doelgroep: opgegeven, status: 'bevestigd' };
  const afgeleid = leidSroiDoelgroepAf(await uitkeringssituatie(m, inwonerId), startdatum);
  return afgeleid ? { doelgroep: afgeleid, status: 'afgeleid' } : { doelgroep: null, status: 'onbevestigd' };
}
