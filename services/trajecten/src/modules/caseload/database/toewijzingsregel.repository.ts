import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Toewijzingsregel } from '../domain/toewijzing';

/** The one writer of toewijzingsregels: one rule per organisation. */
@Injectable()
export class ToewijzingsregelRepository {
  /** The rules of these organisations (those that have one). */
  vanAlle(m: EntityManager, organisaties: readonly string[]): Promise<Toewijzingsregel[]> {
    return m.query(
      'SELECT organisatie, regel, team, consulent FROM toewijzingsregels WHERE organisatie = ANY($1::text[])',
      [organisaties],
    );
  }

  async bewaar(m: EntityManager, r: Toewijzingsregel): Promise<void> {
    await m.query(
      `INSERT INTO toewijzingsregels (organisatie, regel, team, consulent) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisatie) DO UPDATE SET regel = $2, team = $3, consulent = $4, bijgewerkt_op = now()`,
      [r.organisatie, r.regel, r.team, r.consulent],
    );
  }
}
