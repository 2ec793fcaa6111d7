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

  /** These medewerkers (those known). */
  alle(m: EntityManager, subjects: readonly string[]): Promise<Medewerker[]> {
    return m.query(`SELECT ${KOLOMMEN} FROM medewerkers WHERE subject = ANY($1::text[])`, [subjects]);
  }

  /**
   * Per organisation, everyone of it (of its `team` when given), with the active trajecten each holds there.
   */
  async kandidatenVan(
    m: EntityManager,
    groepen: readonly { organisatie: string; team: string | null }[],
  ): Promise<Map<string, Kandidaat[]>> {
    const rows: (Medewerker & { groep: string; actieve_trajecten: number })[] = await m.query(
      `SELECT g.organisatie AS groep, w.subject, w.naam, w.organisatie, w.team, w.actief,
              (SELECT count(*)::int FROM trajecten t
                WHERE t.organisatie = w.organisatie AND t.consulent = w.subject AND t.status = 'actief') AS actieve_trajecten
         FROM unnest($1::text[], $2::text[]) AS g(organisatie, team)
         JOIN medewerkers w ON w.organisatie = g.organisatie AND (g.team IS NULL OR w.team = g.team)`,
      [groepen.map((g) => g.organisatie), groepen.map((g) => g.team)],
    );
    const per = new Map<string, Kandidaat[]>(groepen.map((g) => [g.organisatie, []]));
    for (const { groep, actieve_trajecten, ...medewerker } of rows)
      per.get(groep)!.push({ medewerker, actieveTrajecten: actieve_trajecten });
    return per;
  }
}
