import type { EntityManager } from 'typeorm';
import { PlaatsingVerwijzingen } from './plaatsing-verwijzingen';
import type { NieuwePlaatsing } from './registreer-plaatsing.request';

/**
 * The references are checked on the request's transaction, one connection: a query sent while another runs is
 * queued by pg with a warning that pg 9 will refuse it. Ports that count the checks running at once show they go
 * one after another.
 */
describe('PlaatsingVerwijzingen', () => {
  it('checks the references one at a time and names each unknown one', async () => {
    let bezig = 0;
    let meesteTegelijk = 0;
    const controle =
      <T>(antwoord: T) =>
      async (): Promise<T> => {
        bezig += 1;
        meesteTegelijk = Math.max(meesteTegelijk, bezig);
        await new Promise((r) => setImmediate(r));
        bezig -= 1;
        return antwoord;
      };
    const verwijzingen = new PlaatsingVerwijzingen(
      { kandidaat: controle({ inwonerId: 'inwoner-1' }) } as never,
      { bestaat: controle(true), heeftVacature: controle(false) } as never,
      { bestaat: controle(false) },
      { isVerplichtingVan: controle(true) } as never,
    );
    const plaatsing = {
      trajectId: 't',
      werkgeverId: 'w',
      vacatureId: 'v',
      arrangementId: 'a',
      sroiVerplichtingId: 's',
    } as NieuwePlaatsing;

    const fout = await verwijzingen.controleer({} as EntityManager, plaatsing).catch((e: unknown) => e);

    expect(meesteTegelijk).toBe(1);
    expect((fout as { getResponse(): { errors: { field: string }[] } }).getResponse().errors).toEqual([
      expect.objectContaining({ field: 'vacatureId' }),
      expect.objectContaining({ field: 'arrangementId' }),
    ]);
  });
});
