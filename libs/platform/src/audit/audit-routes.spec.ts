import { idsIn, inwonersIn } from './audit-routes';

describe('idsIn', () => {
  it('finds every inwoner a list shows, at any depth, once', () => {
    const antwoord = { items: [{ inwonerId: 'a', traject: { inwonerId: 'b' } }, { inwonerIds: ['a', 'c'] }] };
    expect([...inwonersIn(antwoord)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('reads JSON-like data only: an uploaded file or a class instance is not searched', () => {
    const bestand = Buffer.from(JSON.stringify({ inwonerId: 'x' }));
    class Stroom {
      inwonerId = 'y';
    }
    expect([...idsIn({ bestand, stroom: new Stroom(), trajectId: 't' }, ['inwonerId', 'trajectId'])]).toEqual(['t']);
  });
});
