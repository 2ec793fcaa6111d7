import { veldwijzigingen, verhuizing } from './correctie';

describe('veldwijzigingen and verhuizing', () => {
  const gehouden = {
    voornaam: 'Anne',
    achternaam: 'Smit',
    postcode: '9711AB',
    huisnummer: '1',
    gemeentecode: 'GM0014',
    email: 'a@example.org',
    telefoon: null,
  };

  it('lists only fields that change, and a changed gemeente as a move', () => {
    const adres = { postcode: '9401AA', huisnummer: '1', gemeentecode: 'GM0106' };
    const wijzigingen = veldwijzigingen(gehouden, { voornaam: 'Anne', adres, contact: { email: null } });
    expect(wijzigingen).toEqual([
      { veld: 'postcode', oud: '9711AB', nieuw: '9401AA' },
      { veld: 'gemeentecode', oud: 'GM0014', nieuw: 'GM0106' },
      { veld: 'email', oud: 'a@example.org', nieuw: null },
    ]);
    expect(verhuizing(wijzigingen)).toEqual({ van: 'GM0014', naar: 'GM0106' });
    expect(verhuizing(veldwijzigingen(gehouden, { achternaam: 'Smid' }))).toBeUndefined();
  });
});
