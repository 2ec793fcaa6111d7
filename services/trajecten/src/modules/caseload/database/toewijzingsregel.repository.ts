import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Toewijzingsregel } from '../domain/toewijzing';

/** The one writer of toewijzingsregels: one rule per organisation. */
@Injectable()
export class ToewijzingsregelRepository {
  async van(m: EntityManager, organisatie: string): Promise<Toewijzingsregel | undefined> {
    const [r] = await m.query(
      'SELECT organisatie, regel, team, consulent FROM toewijzingsregels WHERE organisatie = $1',
      [organisatie],
    );
    return r;
  }

  async bewaar(m: EntityManager, r: Toewijzingsregel): Promise<void> {
    await m.query(
      `INSERT INTO toewijzingsregels (organisatie, regel, team, consulent) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisatie) DO UPDATE SET regel = $2, team = $3, consulent = $4, bijgewerkt_op = now()`,
      [r.organisatie, r.regel, r.team, r.consulent],
    );
  }
}
