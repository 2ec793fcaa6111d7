import { dubbelSleutel, magDubbelZijn } from './dubbel-sleutel';

describe('likely duplicates', () => {
  it('matches names that differ only in accents, case, spaces, apostrophes and hyphens', () => {
    const a = dubbelSleutel("Çelik-van der Meer d'Hondt", '1990-04-01', '9711AB');
    expect(dubbelSleutel('celik van der meer dhondt', '1990-04-01', '9711 ab')).toBe(a);
    expect(dubbelSleutel('Ĳsbrand', '1990-04-01', '9711AB')).toBe(dubbelSleutel('IJsbrand', '1990-04-01', '9711AB'));
  });

  it('keeps people apart when birth date or postcode differ', () => {
    const a = dubbelSleutel('de Vries', '1990-04-01', '9711AB');
    expect(dubbelSleutel('de Vries', '1990-04-02', '9711AB')).not.toBe(a);
    expect(dubbelSleutel('de Vries', '1990-04-01', '9711AC')).not.toBe(a);
  });

  it('never flags two records that both have a BSN', () => {
    expect(magDubbelZijn(true, true)).toBe(false);
    expect(magDubbelZijn(false, true)).toBe(true);
    expect(magDubbelZijn(true, false)).toBe(true);
    expect(magDubbelZijn(false, false)).toBe(true);
  });
});
