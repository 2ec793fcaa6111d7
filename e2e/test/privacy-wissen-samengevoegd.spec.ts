import { Keten } from './support/keten';
import {
  aanmelding,
  consulent,
  FRONTOFFICE,
  jtfRegeling,
  registreerConsulent,
  trajectVan,
} from './support/persoon-door-de-keten';
import { beschrijf, Persoon } from './support/persoonsgegevens-scan';
import { alsDubbelVoorgesteld, trajectIds, voegSamen } from './support/samenvoegen';
import { totRust } from './support/tot-rust';
import { kostenregel } from './support/trajectwerk';
import { sporen, wis } from './support/wissen';
import { kalenderdag } from '@wiz/contracts';

// One person, registered twice: once with her BSN, once (at another desk) without, her first name misspelt and
// another e-mail address. The surname, birth date and postcode make intake propose the pair.
const jildou: Persoon = {
  voornaam: 'Jildou',
  achternaam: 'Hoekstraburen',
  geboortedatum: '1992-11-05',
  postcode: '9733HK',
  email: 'j.hoekstraburen@voorbeeld.nl',
  bsn: '318273640',
};
const jildouZonderBsn: Persoon = { ...jildou, voornaam: 'Jildoe', email: 'jildoe92@voorbeeld.nl', bsn: '' };

/**
 * Erasure of a merged person: what came with the vervallen record (its aanmelding, its traject and the consulent's
 * note about it, its cost line) is hers as much as the rest, so after the erasure of the behouden id no database,
 * event or log holds the values of either registration.
 */
describe('erasure of a person whose two records were merged', () => {
  const keten = Keten.vanDeVierServices();

  it('leaves no trace of either registration', async () => {
    const vandaag = kalenderdag(new Date());
    const aanmelden = async (p: Persoon) =>
      (await keten.expect(201, 'intake', FRONTOFFICE, 'POST', '/api/v1/aanmeldingen', aanmelding(p))).body.inwonerId;
    const behouden: string = await aanmelden(jildou);
    const vervallen: string = await aanmelden(jildouZonderBsn);
    expect(await alsDubbelVoorgesteld(keten, behouden, vervallen)).toBe(true);

    await registreerConsulent(keten);
    const { id: trajectId } = await trajectVan(keten, vervallen);
    await keten.expect(201, 'trajecten', consulent(), 'POST', `/api/v1/trajecten/${trajectId}/notities`, {
      soort: 'gesprek',
      tekst: `${jildouZonderBsn.voornaam} ${jildou.achternaam} belde vanaf ${jildouZonderBsn.email}`,
      datum: vandaag,
    });
    await keten.until(async () => ((await trajectIds(keten, behouden)).length ? true : undefined), 'her first traject');
    await jtfRegeling(keten);
    await kostenregel(keten, vervallen, 40_000);
    await totRust(keten);
    const ervoor = (await sporen(keten, jildouZonderBsn)).vondsten.map((v) => v.waar);
    expect(ervoor).toContain('trajecten:journaal_notities.tekst');

    await voegSamen(keten, behouden, vervallen);
    await totRust(keten);
    expect(await trajectIds(keten, behouden)).toHaveLength(2);
    expect(await wis(keten, behouden)).toEqual([]);

    const vondsten = [...(await sporen(keten, jildou)).vondsten, ...(await sporen(keten, jildouZonderBsn)).vondsten];
    expect(beschrijf(vondsten)).toBe('');
  }, 180_000);
});
