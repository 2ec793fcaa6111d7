import { Keten } from './support/keten';
import { aanmelding, FRONTOFFICE, jtfRegeling, plaats, werkgeverMetVacature } from './support/persoon-door-de-keten';
import type { Persoon } from './support/persoonsgegevens-scan';
import { alsDubbelVoorgesteld, trajectIds, voegSamen } from './support/samenvoegen';
import { controleerSamenvoeging, monitorVan } from './support/samenvoeging-controle';
import { kostenregel, zetStappen } from './support/trajectwerk';
import { totRust } from './support/tot-rust';

/**
 * Issue 19: "a merge while events for both records are still arriving ends consistent". One person registered twice
 * (once without BSN), intake proposes the pair as duplicates, both records get a traject with steps, a course, a
 * cost line and (one) a placement, and front office merges them at a different moment in each case.
 */
describe('merging two records of one person while events still arrive', () => {
  const keten = Keten.vanDeVierServices();
  beforeAll(() => jtfRegeling(keten));

  const momenten = [
    ['right after the second aanmelding, its traject still starting', 'GM0014', '9745AA', '11111111'],
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

      let trajectB: string;
      if (moment === 'right after the second aanmelding, its traject still starting') {
        await Promise.all([kostenregel(keten, vervallen, 50_000), voegSamen(keten, behouden, vervallen)]);
        // The second traject-gestart may reach trajecten after the merge: it must land under the behouden id.
        [trajectB] = await keten.until(
          async () => nietLeeg((await trajectIds(keten, behouden)).filter((id) => id !== trajectA)),
          'the second traject under the behouden id',
        );
        await Promise.all([zetStappen(keten, trajectA), zetStappen(keten, trajectB)]);
      } else {
        await kostenregel(keten, vervallen, 50_000);
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

      await controleerSamenvoeging(keten, { behouden, vervallen, trajecten: [trajectA, trajectB], gemeentecode });
    },
    180_000,
  );

  it('ends consistent when merged right after both aanmeldingen, into the record without BSN', async () => {
    const gemeentecode = 'GM1952';
    const persoon: Persoon = {
      voornaam: 'Geertje',
      achternaam: 'Omgekeerdsma',
      geboortedatum: '1990-01-09',
      postcode: '9601BC',
      email: 'geertje@voorbeeld.nl',
      bsn: '',
    };
    const aanmelden = async (p: Persoon) =>
      (await keten.expect(201, 'intake', FRONTOFFICE, 'POST', '/api/v1/aanmeldingen', aanmelding(p, gemeentecode))).body
        .inwonerId as string;
    // The record without BSN is kept; the one with the BSN goes, and its BSN moves to the kept one.
    const behouden = await aanmelden(persoon);
    const vervallen = await aanmelden({ ...persoon, voornaam: 'Geertien', bsn: '246813581' });
    await Promise.all([
      kostenregel(keten, behouden, 30_000),
      kostenregel(keten, vervallen, 20_000),
      voegSamen(keten, behouden, vervallen),
    ]);
    const trajecten = await keten.until(async () => {
      const ids = await trajectIds(keten, behouden);
      return ids.length === 2 ? ids : undefined;
    }, 'both trajecten under the behouden id');
    await Promise.all(trajecten.map((id) => zetStappen(keten, id)));
    await plaats(keten, trajecten[1], await werkgeverMetVacature(keten, '55555555'));
    expect(await totRust(keten)).toEqual([]);
    await controleerSamenvoeging(keten, { behouden, vervallen, trajecten, gemeentecode });
  }, 180_000);
});

const nietLeeg = <T>(xs: T[]): T[] | undefined => (xs.length ? xs : undefined);

/** A valid BSN per case (elfproef), so the people of the cases are different people (the fourth has 246813581). */
function bsnVoor(gemeentecode: string): string {
  return { GM0014: '273849104', GM0037: '111222333', GM0047: '123456782' }[gemeentecode]!;
}
