import { Keten } from './support/keten';
import { beschrijf } from './support/persoonsgegevens-scan';
import { totRust } from './support/tot-rust';
import { cijfers, sporen, wis } from './support/wissen';
import { wegVanWobbina, wobbina } from './support/wobbina';

/**
 * Issue 19: after an erasure, a scan of all four databases, the NATS stream and the logs finds none of the person's
 * name, birth date, postcode, e-mail or BSN, while the monitor and a submitted claim's totals are unchanged. The
 * person first goes the whole way, and the consulent writes her name where a consulent would: the journal, the plan
 * and its agreement, a step's explanation.
 */
describe('erasure across the whole system', () => {
  const keten = Keten.vanDeVierServices();

  it('leaves no trace of the person anywhere, and the figures as they were', async () => {
    const { inwonerId, declaratieId } = await wegVanWobbina(keten);
    await totRust(keten);
    const voor = await cijfers(keten, declaratieId);
    expect(voor.monitorGroningen).toMatchObject({ kansrijkOpleiden: 1, plaatsingen: 1 });
    // Before: the scan finds her where she was written down, so an empty scan afterwards means something.
    const ervoor = (await sporen(keten, wobbina)).vondsten.map((v) => v.waar);
    expect(ervoor).toEqual(
      expect.arrayContaining(['trajecten:journaal_notities.tekst', 'trajecten:plan_akkoorden.door']),
    );

    expect(await wis(keten, inwonerId)).toEqual([]);

    const { vondsten, subjects } = await sporen(keten, wobbina);
    expect(subjects).toContain('wiz.intake.inwoner-gewist.v1');
    expect(keten.services.map((s) => s.output.join('')).join('')).toContain('event applied');
    expect(beschrijf(vondsten)).toBe('');
    expect(await cijfers(keten, declaratieId)).toEqual(voor);
  }, 180_000);
});
