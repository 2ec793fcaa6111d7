import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { Privacyverzoek, PrivacyverzoekSoort } from '../domain/privacyverzoek';

interface Rij {
  id: string;
  inwoner_id: string;
  soort: PrivacyverzoekSoort;
  reden: string;
  ingediend_door: string;
  ingediend_door_organisatie: string;
  ingediend_op: Date;
  opgeheven_door_verzoek: string | null;
}

const alsVerzoek = (r: Rij): Privacyverzoek => ({
  id: r.id,
  inwonerId: r.inwoner_id,
  soort: r.soort,
  reden: r.reden,
  ingediendDoor: r.ingediend_door,
  ingediendDoorOrganisatie: r.ingediend_door_organisatie,
  ingediendOp: r.ingediend_op.toISOString(),
  ...(r.opgeheven_door_verzoek ? { opgehevenDoorVerzoek: r.opgeheven_door_verzoek } : {}),
});

export interface VerzoekFilter {
  inwonerId?: string;
  soort?: PrivacyverzoekSoort;
  pagina: number;
  paginagrootte: number;
}

/** The privacy officer's requests: inserted once, a restriction later pointing at the request that lifted it. */
@Injectable()
export class PrivacyverzoekenRepository {
  async leg(m: EntityManager, inwonerId: string, soort: PrivacyverzoekSoort, reden: string, wie: Principal, op: Date) {
    const [rij]: Rij[] = await m.query(
      `INSERT INTO privacyverzoeken (id, inwoner_id, soort, reden, ingediend_door, ingediend_door_organisatie, ingediend_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [randomUUID(), inwonerId, soort, reden, wie.subject, wie.organisatie, op],
    );
    return alsVerzoek(rij);
  }

  async eerder(m: EntityManager, inwonerIds: readonly string[], soort: PrivacyverzoekSoort) {
    const [rij]: Rij[] = await m.query(
      `SELECT * FROM privacyverzoeken WHERE inwoner_id = ANY($1::uuid[]) AND soort = $2 AND opgeheven_door_verzoek IS NULL
        ORDER BY ingediend_op DESC LIMIT 1`,
      [inwonerIds, soort],
    );
    return rij ? alsVerzoek(rij) : undefined;
  }

  async markeerOpgeheven(m: EntityManager, beperkingId: string, opheffingId: string): Promise<void> {
    await m.query('UPDATE privacyverzoeken SET opgeheven_door_verzoek = $2 WHERE id = $1', [beperkingId, opheffingId]);
  }

  async lijst(m: EntityManager, f: VerzoekFilter): Promise<{ items: Privacyverzoek[]; totaal: number }> {
    const where = `($1::uuid IS NULL OR inwoner_id = $1) AND ($2::text IS NULL OR soort = $2)`;
    const params = [f.inwonerId ?? null, f.soort ?? null];
    const rijen: Rij[] = await m.query(
      `SELECT * FROM privacyverzoeken WHERE ${where} ORDER BY ingediend_op DESC, id LIMIT $3 OFFSET $4`,
      [...params, f.paginagrootte, (f.pagina - 1) * f.paginagrootte],
    );
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM privacyverzoeken WHERE ${where}`, params);
    return { items: rijen.map(alsVerzoek), totaal: n };
  }
}
