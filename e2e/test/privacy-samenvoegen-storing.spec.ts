import { Keten } from './support/keten';
import { aanmelding, FRONTOFFICE, jtfRegeling, plaats, werkgeverMetVacature } from './support/persoon-door-de-keten';
import type { Persoon } from './support/persoonsgegevens-scan';
import { alsDubbelVoorgesteld, trajectIds, voegSamen } from './support/samenvoegen';
import { controleerSamenvoeging } from './support/samenvoeging-controle';
import { toegepastDoor, totRust } from './support/tot-rust';
import { kostenregel, zetStappen } from './support/trajectwerk';

const sjoerd: Persoon = {
  voornaam: 'Sjoerd',
  achternaam: 'Storingsma',
  geboortedatum: '1977-09-14',
  postcode: '9711CE',
  email: 'sjoerd@voorbeeld.nl',
  bsn: '246813581',
};

/**
 * A merge while trajecten is down: werkgevers and subsidies hear of the merge before trajecten has even started
 * the second record's traject, so its traject-gestart (and the steps, course and placement after it) reach them
 * only after the merge and must still land under the behouden id; trajecten catches up on the aanmelding and the
 * merge in whatever order its two consumers take them.
 */
describe('merging two records while trajecten is down', () => {
  const keten = Keten.vanDeVierServices();

  it('ends consistent once trajecten is back', async () => {
    await jtfRegeling(keten);
    const aanmelden = async (p: Persoon) =>
      (await keten.expect(201, 'intake', FRONTOFFICE, 'POST', '/api/v1/aanmeldingen', aanmelding(p))).body
        .inwonerId as string;
    const behouden = await aanmelden(sjoerd);
    const [trajectA] = await keten.until(async () => {
      const ids = await trajectIds(keten, behouden);
      return ids.length ? ids : undefined;
    }, 'the first traject');
    await kostenregel(keten, behouden, 70_000);
    await totRust(keten);

    const trajecten = keten.services.find((s) => s.name === 'trajecten')!;
    await trajecten.stop();
    const vervallen = await aanmelden({ ...sjoerd, voornaam: 'Sjoerdje', bsn: '' });
    expect(await alsDubbelVoorgesteld(keten, behouden, vervallen)).toBe(true);
    await kostenregel(keten, vervallen, 30_000);
    await voegSamen(keten, behouden, vervallen);
    await toegepastDoor(keten, ['werkgevers', 'subsidies'], 'inwoners-samengevoegd');
    await trajecten.start().waitUntilReady();

    const [trajectB] = await keten.until(async () => {
      const ids = (await trajectIds(keten, behouden)).filter((id) => id !== trajectA);
      return ids.length ? ids : undefined;
    }, 'the second traject under the behouden id');
    await Promise.all([zetStappen(keten, trajectA), zetStappen(keten, trajectB)]);
    await plaats(keten, trajectB, await werkgeverMetVacature(keten, '66666666'));
    expect(await totRust(keten)).toEqual([]);
    await controleerSamenvoeging(keten, {
      behouden,
      vervallen,
      trajecten: [trajectA, trajectB],
      gemeentecode: 'GM0014',
    });
  }, 180_000);
});
