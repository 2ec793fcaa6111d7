import { Keten } from './support/keten';
import { beschrijf } from './support/persoonsgegevens-scan';
import { sporen, wis } from './support/wissen';
import { wegVanWobbina, wobbina } from './support/wobbina';

/**
 * The employer team ends her placement and types her first name in the reason (the portaal's "Reden van
 * beëindiging", 200 characters). That text stays in werkgevers' database, where the erasure reaches it;
 * plaatsing-beeindigd carries only a reason code ('overig' for typed text), so nothing of her sits in the stream.
 */
describe('erasure after a placement ended with her name in the reason', () => {
  const keten = Keten.vanDeVierServices();

  it('leaves no trace of the person anywhere', async () => {
    const { inwonerId } = await wegVanWobbina(keten, { beeindigingsreden: `${wobbina.voornaam} gaat verhuizen` });
    expect(await wis(keten, inwonerId)).toEqual([]);
    expect(beschrijf((await sporen(keten, wobbina)).vondsten)).toBe('');
  }, 180_000);
});
