import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VersleuteldeBsn } from '../identity/bsn-vault';

export interface BsnOnderOudeSleutel extends VersleuteldeBsn {
  inwonerId: string;
}

/** The encrypted BSNs of the inwoners table, as key rotation reads and rewrites them. */
@Injectable()
export class BsnSleutels {
  /** Up to `max` BSNs under another key than the active one, locked; rows another rotation holds are skipped. */
  async onderOudeSleutel(m: EntityManager, actief: string, max: number): Promise<BsnOnderOudeSleutel[]> {
    const rows: { id: string; bsn_versleuteld: Buffer; bsn_sleutel_id: string }[] = await m.query(
      `SELECT id, bsn_versleuteld, bsn_sleutel_id FROM inwoners WHERE bsn_sleutel_id <> $1 LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [actief, max],
    );
    return rows.map((r) => ({ inwonerId: r.id, sleutelId: r.bsn_sleutel_id, versleuteld: r.bsn_versleuteld }));
  }

  async vervang(m: EntityManager, inwonerId: string, bsn: VersleuteldeBsn): Promise<void> {
    await m.query('UPDATE inwoners SET bsn_versleuteld = $2, bsn_sleutel_id = $3 WHERE id = $1', [
      inwonerId,
      bsn.versleuteld,
      bsn.sleutelId,
    ]);
  }

  async aantalOnderOudeSleutel(m: EntityManager, actief: string): Promise<number> {
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM inwoners WHERE bsn_sleutel_id <> $1', [actief]);
    return n;
  }
}
