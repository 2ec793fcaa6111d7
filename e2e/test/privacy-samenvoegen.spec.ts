import { waarStaatId } from './support/id-scan';
import { Keten } from './support/keten';
import {
  aanmelding,
  FRONTOFFICE,
  jtfRegeling,
  MONITOR,
  plaats,
  werkgeverMetVacature,
} from './support/persoon-door-de-keten';
import type { Persoon } from './support/persoonsgegevens-scan';
import { alsDubbelVoorgesteld, trajectIds, voegSamen } from './support/samenvoegen';
import { kostenregel, zetStappen } from './support/trajectwerk';
import { totRust } from './support/tot-rust';

// Where the vervallen id may stay after a merge: history kept on purpose (the alias tables that send later events to
// the behouden id, the trail, the events sent and received before the merge, stored responses to earlier requests).
const HISTORIE = /^(inbox|outbox|audit_log|idempotency_keys|[a-z_]*(samenvoeging|alias)[a-z_]*)\./;

/**
 * Issue 19: "a merge while events for both records are still arriving ends consistent". One person registered twice
 * (once without BSN), intake proposes the pair as duplicates, both records get a traject with steps, a course, a
 * cost line and (one) a placement, and front office merges them at a different moment in each case.
 */
describe('merging two records of one person while events still arrive', () => {
  const keten = Keten.vanDeVierServices();
  const run = keten.run;
  beforeAll(() => jtfRegeling(keten));

  const momenten = [
    ['before the second traject has started', 'GM0014', '9745AA', '11111111'],
    ['while steps are being set on both trajecten', 'GM0037', '9501AB', '22222222'],
    ['after everything has settled', 'GM0047', '9641AC', '33333333'],
  ] as const;

  it.each(momenten)(
    'ends consistent when merged %s',
    async (moment, gemeentecode, postcode, kvk) => {
      const persoon: Persoon = {
        voornaam: 'Hindrik',
        achternaam: `Dubbelsma${gemeentecode}`,
        geboortedatum: '1985-07-21',
        postcode,
        email: 'hindrik@voorbeeld.nl',
        bsn: '',
      };
      const aanmelden = async (p: Persoon) =>
        (await keten.expect(201, 'intake', FRONTOFFICE, 'POST', '/api/v1/aanmeldingen', aanmelding(p, gemeentecode)))
          .body;
      const eerste = await aanmelden({ ...persoon, bsn: bsnVoor(gemeentecode) });
      expect(eerste.route).toMatchObject({ organisatie: 'UWV' });
      const behouden: string = eerste.inwonerId;
      const [trajectA] = await keten.until(
        async () => nietLeeg(await trajectIds(keten, behouden)),
        'the first traject',
      );
      const vacature = await werkgeverMetVacature(keten, kvk);
      await kostenregel(keten, behouden, 100_000);

      const vervallen: string = (await aanmelden({ ...persoon, voornaam: 'Hindrikus' })).inwonerId;
      expect(vervallen).not.toBe(behouden);
      expect(await alsDubbelVoorgesteld(keten, behouden, vervallen)).toBe(true);
      await kostenregel(keten, vervallen, 50_000);

      let trajectB: string;
      if (moment === 'before the second traject has started') {
        await voegSamen(keten, behouden, vervallen);
        // The second traject-gestart may reach trajecten after the merge: it must land under the behouden id.
        [trajectB] = await keten.until(
          async () => nietLeeg((await trajectIds(keten, behouden)).filter((id) => id !== trajectA)),
          'the second traject under the behouden id',
        );
        await Promise.all([zetStappen(keten, trajectA), zetStappen(keten, trajectB)]);
      } else {
        [trajectB] = await keten.until(async () => nietLeeg(await trajectIds(keten, vervallen)), 'the second traject');
        if (moment === 'while steps are being set on both trajecten')
          await Promise.all([
            zetStappen(keten, trajectA),
            zetStappen(keten, trajectB, { tussendoor: () => voegSamen(keten, behouden, vervallen) }),
          ]);
        else {
          await Promise.all([zetStappen(keten, trajectA), zetStappen(keten, trajectB)]);
          await plaats(keten, trajectB, vacature);
          await totRust(keten);
          // Two records, two people to the monitor: the merge is what makes them one.
          expect(await monitorVan(keten, gemeentecode)).toMatchObject({
            inwonersEenStapVooruit: 2,
            kansrijkOpleiden: 2,
          });
          await voegSamen(keten, behouden, vervallen);
        }
      }
      if (moment !== 'after everything has settled') await plaats(keten, trajectB, vacature);
      expect(await totRust(keten)).toEqual([]);

      // Every service holds the person under the behouden id only.
      expect(await trajectIds(keten, behouden)).toEqual([trajectA, trajectB].sort());
      expect(await trajectIds(keten, vervallen)).toEqual([]);
      const rest: string[] = [];
      for (const service of ['trajecten', 'werkgevers', 'subsidies'] as const)
        for (const [waar, n] of await waarStaatId(run.databaseUrl(service), vervallen))
          if (!HISTORIE.test(waar)) rest.push(`${service}:${waar} (${n} rows)`);
      expect(rest).toEqual([]);
      const tel = async (service: 'werkgevers' | 'subsidies', sql: string) =>
        (await keten.sql<{ n: number }>(service, sql, [behouden]))[0].n;
      expect({
        kandidaten: await tel('werkgevers', 'SELECT count(*)::int AS n FROM kandidaten WHERE inwoner_id = $1'),
        plaatsingen: await tel('werkgevers', 'SELECT count(*)::int AS n FROM plaatsingen WHERE inwoner_id = $1'),
        deelnemers: await tel('subsidies', 'SELECT count(*)::int AS n FROM deelnemers WHERE inwoner_id = $1'),
        kostenregels: await tel('subsidies', 'SELECT count(*)::int AS n FROM kostenregels WHERE inwoner_id = $1'),
      }).toEqual({ kandidaten: 2, plaatsingen: 1, deelnemers: 1, kostenregels: 2 });

      // The monitor counts the person once; intake shows the merged record and no longer proposes the pair.
      expect(await monitorVan(keten, gemeentecode)).toMatchObject({
        inwonersEenStapVooruit: 1,
        kansrijkOpleiden: 1,
        plaatsingen: 1,
      });
      expect(await alsDubbelVoorgesteld(keten, behouden, vervallen)).toBe(false);
      const opVervallen = await keten.call('intake', FRONTOFFICE, 'GET', `/api/v1/inwoners/${vervallen}`);
      expect(
        `${opVervallen.status} ${opVervallen.headers.get('location')} ${JSON.stringify(opVervallen.body)}`,
      ).toContain(behouden);
      expect((await keten.call('intake', FRONTOFFICE, 'GET', `/api/v1/inwoners/${behouden}`)).status).toBe(200);
    },
    180_000,
  );
});

const monitorVan = async (keten: Keten, gemeentecode: string) =>
  (await keten.expect(200, 'trajecten', MONITOR, 'GET', `/api/v1/monitor?gemeentecode=${gemeentecode}`)).body;

const nietLeeg = <T>(xs: T[]): T[] | undefined => (xs.length ? xs : undefined);

/** A valid BSN per case (elfproef), so the three people are three people. */
function bsnVoor(gemeentecode: string): string {
  return { GM0014: '273849104', GM0037: '111222333', GM0047: '123456782' }[gemeentecode]!;
}
