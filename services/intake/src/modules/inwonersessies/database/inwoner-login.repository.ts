import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface IngelogdeInwoner {
  inwonerId: string;
  gemeentecode: string;
  voornaam: string;
  achternaam: string | null;
}

/** How many merges are followed at most: a chain longer than this is a fault, not a person. */
const MAX_SAMENVOEGINGEN = 10;

@Injectable()
export class InwonerLoginRepository {
  /**
   * The inwoner who holds this BSN lookup hash, after any merges: a merge moves the BSN to the kept record, and
   * should a pointer still hold it, its samengevoegd_in is followed. An erased inwoner holds no hash any more, and
   * is not found should it be reached through a merge.
   */
  async metBsnHash(m: EntityManager, bsnHash: Buffer): Promise<IngelogdeInwoner | undefined> {
    const [gevonden] = await m.query('SELECT id FROM inwoners WHERE bsn_hash = $1', [bsnHash]);
    let id: string | undefined = gevonden?.id;
    for (let stap = 0; id && stap <= MAX_SAMENVOEGINGEN; stap++) {
      const [r] = await m.query(
        `SELECT id, samengevoegd_in, gemeentecode, voornaam, achternaam, gewist_op FROM inwoners WHERE id = $1`,
        [id],
      );
      if (!r || r.gewist_op) return undefined;
      if (!r.samengevoegd_in)
        return { inwonerId: r.id, gemeentecode: r.gemeentecode, voornaam: r.voornaam, achternaam: r.achternaam };
      id = r.samengevoegd_in;
    }
    return undefined;
  }
}
