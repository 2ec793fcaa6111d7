import { waarStaatId } from './id-scan';
import type { Keten } from './keten';
import { FRONTOFFICE, MONITOR } from './persoon-door-de-keten';
import { alsDubbelVoorgesteld, trajectIds } from './samenvoegen';

// Where the vervallen id may stay after a merge: history kept on purpose (the alias tables that send later events to
// the behouden id, the trail, the events sent and received before the merge, stored responses to earlier requests).
const HISTORIE = /^(inbox|outbox|audit_log|idempotency_keys|[a-z_]*(samenvoeging|alias)[a-z_]*)\./;

export interface Samenvoeging {
  behouden: string;
  vervallen: string;
  /** Both records' trajecten. */
  trajecten: string[];
  gemeentecode: string;
}

/**
 * After a merge has settled: every service holds the person under the behouden id only (two trajecten, two candidates,
 * one placement, one participant with both cost lines), the monitor counts one person, and intake shows the merged
 * record for the vervallen id and no longer proposes the pair.
 */
export async function controleerSamenvoeging(keten: Keten, s: Samenvoeging): Promise<void> {
  const { behouden, vervallen } = s;
  expect(await trajectIds(keten, behouden)).toEqual([...s.trajecten].sort());
  expect(await trajectIds(keten, vervallen)).toEqual([]);
  const rest: string[] = [];
  for (const service of ['trajecten', 'werkgevers', 'subsidies'] as const)
    for (const [waar, n] of await waarStaatId(keten.run.databaseUrl(service), vervallen))
      if (!HISTORIE.test(waar)) rest.push(`${service}:${waar} (${n} rows)`);
  expect(rest).toEqual([]);
  const tel = async (service: 'werkgevers' | 'subsidies', tabel: string) =>
    (
      await keten.sql<{ n: number }>(service, `SELECT count(*)::int AS n FROM ${tabel} WHERE inwoner_id = $1`, [
        behouden,
      ])
    )[0].n;
  expect({
    kandidaten: await tel('werkgevers', 'kandidaten'),
    plaatsingen: await tel('werkgevers', 'plaatsingen'),
    deelnemers: await tel('subsidies', 'deelnemers'),
    kostenregels: await tel('subsidies', 'kostenregels'),
  }).toEqual({ kandidaten: 2, plaatsingen: 1, deelnemers: 1, kostenregels: 2 });

  expect(await monitorVan(keten, s.gemeentecode)).toMatchObject({
    inwonersEenStapVooruit: 1,
    kansrijkOpleiden: 1,
    plaatsingen: 1,
  });
  expect(await alsDubbelVoorgesteld(keten, behouden, vervallen)).toBe(false);
  const opVervallen = await keten.call('intake', FRONTOFFICE, 'GET', `/api/v1/inwoners/${vervallen}`);
  const antwoord = `${opVervallen.status} ${opVervallen.headers.get('location')} ${JSON.stringify(opVervallen.body)}`;
  expect(antwoord).toContain(behouden);
  expect((await keten.call('intake', FRONTOFFICE, 'GET', `/api/v1/inwoners/${behouden}`)).status).toBe(200);
}

export const monitorVan = async (keten: Keten, gemeentecode: string) =>
  (await keten.expect(200, 'trajecten', MONITOR, 'GET', `/api/v1/monitor?gemeentecode=${gemeentecode}`)).body;
