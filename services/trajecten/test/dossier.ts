import { Client } from 'pg';
import type { TrajectenTestApp } from './trajecten-test-app';

/**
 * The people of the journal and plan specs, in one organisation: anna and bert in team noord, cor and eva (who
 * stands in for anna in one case) in team zuid, and
 * a traject anna holds (team noord). `als` calls as a consulent (or teamleider) with their team claim.
 */
export function dossierFixture(t: TrajectenTestApp, org = 'GM0063') {
  const beheer = () => t.as('beheer', 'WIZ');
  const teams: Record<string, string> = { anna: 'noord', bert: 'noord', cor: 'zuid', eva: 'zuid', tl: 'noord' };
  const als = (subject: string, rol: 'consulent' | 'teamleider' = 'consulent', organisatie = org) =>
    t.as(rol, organisatie, subject, teams[subject]);

  async function medewerkers() {
    for (const subject of ['anna', 'bert', 'cor', 'eva']) {
      const body = { naam: subject, organisatie: org, team: teams[subject], actief: true };
      await (await beheer()).put(`/api/v1/medewerkers/${subject}`, body).expect(200);
    }
  }

  /** A fresh traject of the organisation held by anna (team noord). */
  async function vanAnna() {
    const traject = await t.nieuwTraject({ organisatie: org, gemeentecode: org });
    await (await beheer()).post(`/api/v1/trajecten/${traject.id}/toewijzing`, { consulent: 'anna' }).expect(200);
    return traject;
  }

  /** SQL as the superuser of the test database: past the runtime role's grants, not past the triggers. */
  async function alsEigenaar(sql: string, params: unknown[] = []) {
    const client = new Client({ connectionString: t.run.databaseUrl('trajecten') });
    await client.connect();
    try {
      return await client.query(sql, params);
    } finally {
      await client.end();
    }
  }

  return { org, beheer, als, medewerkers, vanAnna, alsEigenaar };
}
