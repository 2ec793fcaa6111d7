import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Medewerker } from '../domain/medewerker';
import type { Kandidaat } from '../domain/toewijzing';

const KOLOMMEN = 'subject, naam, organisatie, team, actief';

/** The one writer of medewerkers. */
@Injectable()
export class MedewerkerRepository {
  async een(m: EntityManager, subject: string, voorWijziging = false): Promise<Medewerker | undefined> {
    const [r] = await m.query(
      `SELECT ${KOLOMMEN} FROM medewerkers WHERE subject = $1 ${voorWijziging ? 'FOR UPDATE' : ''}`,
      [subject],
    );
    return r;
  }

  async bewaar(m: EntityManager, w: Medewerker): Promise<void> {
    await m.query(
      `INSERT INTO medewerkers (subject, naam, organisatie, team, actief) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (subject) DO UPDATE SET naam = $2, organisatie = $3, team = $4, actief = $5, bijgewerkt_op = now()`,
      [w.subject, w.naam, w.organisatie, w.team, w.actief],
    );
  }

  /** Everyone of the organisation (of `team` when given), with the active trajecten each holds there. */
  async kandidaten(m: EntityManager, organisatie: string, team: string | null): Promise<Kandidaat[]> {
    const rows: (Medewerker & { actieve_trajecten: number })[] = await m.query(
      `SELECT ${KOLOMMEN},
              (SELECT count(*)::int FROM trajecten t
                WHERE t.organisatie = w.organisatie AND t.consulent = w.subject AND t.status = 'actief') AS actieve_trajecten
         FROM medewerkers w WHERE w.organisatie = $1 AND ($2::text IS NULL OR w.team = $2)`,
      [organisatie, team],
    );
    return rows.map(({ actieve_trajecten, ...medewerker }) => ({ medewerker, actieveTrajecten: actieve_trajecten }));
  }
}
