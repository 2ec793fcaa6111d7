import type { EntityManager } from 'typeorm';
import { idsIn, isUuid, type AuditVerzoek } from '@wiz/platform';

async function lijst(m: EntityManager, sql: string, ids: Iterable<string>): Promise<string[]> {
  const geldig = [...ids].filter(isUuid);
  if (geldig.length === 0) return [];
  const rijen: { inwoner_id: string }[] = await m.query(sql, [geldig]);
  return rijen.map((r) => r.inwoner_id);
}

/**
 * The inwoners behind what a werkgevers route answered or was asked about: the person of every `trajectId` in the
 * answer, the body or the path (by their candidate profile or a placement on it), and the person of a placement in
 * the path (`plaatsing`). Read in the route's own transaction.
 */
export const inwonersVanPlaatsingen =
  (pad: 'plaatsing' | 'geen') =>
  async (m: EntityManager, verzoek: AuditVerzoek, antwoord: unknown): Promise<string[]> => {
    const trajecten = idsIn({ antwoord, body: verzoek.body, params: verzoek.params }, ['trajectId']);
    // A placement outlives its candidate profile (kept 7 years against 1): the traject's person is found by either.
    const viaTraject = await lijst(
      m,
      `SELECT inwoner_id FROM kandidaten WHERE traject_id = ANY($1::uuid[])
       UNION SELECT inwoner_id FROM plaatsingen WHERE traject_id = ANY($1::uuid[]) AND inwoner_id IS NOT NULL`,
      trajecten,
    );
    const plaatsing = pad === 'plaatsing' && verzoek.params.id ? [verzoek.params.id] : [];
    const viaPlaatsing = await lijst(m, 'SELECT inwoner_id FROM plaatsingen WHERE id = ANY($1::uuid[])', plaatsing);
    return [...viaTraject, ...viaPlaatsing];
  };

/** The person of every placement in the answer (an arrangement's placements, by their `id`). */
export async function inwonersVanPlaatsingenInAntwoord(
  m: EntityManager,
  _verzoek: AuditVerzoek,
  antwoord: unknown,
): Promise<string[]> {
  return lijst(m, 'SELECT inwoner_id FROM plaatsingen WHERE id = ANY($1::uuid[])', idsIn({ antwoord }, ['id']));
}
