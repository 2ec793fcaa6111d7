import { afwijkendeIdentiteitsvelden, geeftGedeeldeGegevens, weergaveAanmelding } from './identiteit';

describe('identity of a known BSN', () => {
  const gehouden = { voornaam: 'Ĳsbrand', achternaam: "Çelik-van der Meer d'Hondt", geboortedatum: '1990-04-01' };

  it('finds nothing different when only case, accents, spaces, apostrophes or hyphens differ', () => {
    expect(
      afwijkendeIdentiteitsvelden(gehouden, {
        voornaam: 'ijsbrand',
        achternaam: 'celik van der meer dhondt',
        geboortedatum: '1990-04-01',
      }),
    ).toEqual([]);
    expect(
      afwijkendeIdentiteitsvelden(gehouden, {
        voornaam: ' IJSBRAND ',
        achternaam: 'ÇELIK-VANDERMEER D’HONDT',
        geboortedatum: '1990-04-01',
      }),
    ).toEqual([]);
  });

  it('names each field that differs', () => {
    expect(
      afwijkendeIdentiteitsvelden(gehouden, {
        voornaam: 'Piet',
        achternaam: gehouden.achternaam,
        geboortedatum: '1990-04-01',
      }),
    ).toEqual(['voornaam']);
    expect(
      afwijkendeIdentiteitsvelden(gehouden, { voornaam: 'Ĳsbrand', achternaam: 'Jansen', geboortedatum: '1990-04-02' }),
    ).toEqual(['achternaam', 'geboortedatum']);
  });

  it('tells names in scripts without Latin letters apart', () => {
    const held = { voornaam: 'Олена', achternaam: 'Шевченко', geboortedatum: '1980-01-01' };
    expect(afwijkendeIdentiteitsvelden(held, { ...held, achternaam: 'Коваленко' })).toEqual(['achternaam']);
    expect(afwijkendeIdentiteitsvelden(held, { ...held, voornaam: 'ОЛЕНА' })).toEqual([]);
  });

  it('shares consents only through aanmeldingen whose identity matched or was confirmed', () => {
    expect(geeftGedeeldeGegevens(null)).toBe(true);
    expect(geeftGedeeldeGegevens('zelfde-persoon')).toBe(true);
    expect(geeftGedeeldeGegevens('open')).toBe(false);
    expect(geeftGedeeldeGegevens('andere-persoon')).toBe(false);
  });

  it('shows the newest confirmed aanmelding, else the newest', () => {
    expect(
      weergaveAanmelding([
        { id: 1, controle: null },
        { id: 2, controle: null },
        { id: 3, controle: 'open' as const },
      ]).id,
    ).toBe(2);
    expect(
      weergaveAanmelding([
        { id: 1, controle: 'open' as const },
        { id: 2, controle: 'andere-persoon' as const },
      ]).id,
    ).toBe(2);
    expect(
      weergaveAanmelding([
        { id: 1, controle: null },
        { id: 2, controle: 'zelfde-persoon' as const },
      ]).id,
    ).toBe(2);
  });
});
