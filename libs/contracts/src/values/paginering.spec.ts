import { z } from 'zod';
import { limietEnBegin, pagina, paginaSchema, paginering, PAGINAGROOTTE_MAX } from './paginering';

describe('paginering', () => {
  const query = z.object({ ...paginering(25) });

  it('reads the query strings with the list default and page 1 first', () => {
    expect(query.parse({})).toEqual({ pagina: 1, paginagrootte: 25 });
    expect(query.parse({ pagina: '3', paginagrootte: '10' })).toEqual({ pagina: 3, paginagrootte: 10 });
  });

  it('refuses page 0, a size of 0 and a size above the maximum', () => {
    expect(query.safeParse({ pagina: '0' }).success).toBe(false);
    expect(query.safeParse({ paginagrootte: '0' }).success).toBe(false);
    expect(query.safeParse({ paginagrootte: String(PAGINAGROOTTE_MAX + 1) }).success).toBe(false);
  });

  it('gives LIMIT and OFFSET of a page and the envelope a client pages on', () => {
    expect(limietEnBegin({ pagina: 3, paginagrootte: 10 })).toEqual([10, 20]);
    const antwoord = pagina(['a'], { pagina: 2, paginagrootte: 1 }, 5);
    expect(antwoord).toEqual({ items: ['a'], pagina: 2, paginagrootte: 1, totaal: 5 });
    expect(paginaSchema(z.string()).parse(antwoord)).toEqual(antwoord);
    expect(paginaSchema(z.string()).safeParse({ ...antwoord, items: [1] }).success).toBe(false);
  });
});
