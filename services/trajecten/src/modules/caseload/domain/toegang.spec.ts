import { magDossierIn, type Aanvrager } from './toegang';

describe('magDossierIn: who reads and writes a traject’s journal and plan', () => {
  const traject = { organisatie: 'GM0014', team: 'noord', consulent: 'anna' };
  const wie = (subject: string, extra: Partial<Aanvrager> = {}): Aanvrager => ({
    subject,
    roles: ['consulent'],
    organisatie: 'GM0014',
    ...extra,
  });

  it('opens to its consulent, its team (teamleider included), a stand-in and beheer', () => {
    expect(magDossierIn(wie('anna'), traject, false)).toBe(true);
    expect(magDossierIn(wie('bert', { team: 'noord' }), traject, false)).toBe(true);
    expect(magDossierIn(wie('tl', { roles: ['teamleider'], team: 'noord' }), traject, false)).toBe(true);
    expect(magDossierIn(wie('cor', { team: 'zuid' }), traject, true)).toBe(true);
    expect(magDossierIn(wie('x', { roles: ['beheer'], organisatie: 'WIZ' }), traject, false)).toBe(true);
  });

  it('stays closed to anyone else, and always to another organisation', () => {
    expect(magDossierIn(wie('cor', { team: 'zuid' }), traject, false)).toBe(false);
    expect(magDossierIn(wie('tl', { roles: ['teamleider'] }), traject, false)).toBe(false);
    expect(magDossierIn(wie('anna', { organisatie: 'GM0034' }), traject, true)).toBe(false);
    expect(magDossierIn(wie('bert', { team: 'noord' }), { ...traject, team: null, consulent: null }, false)).toBe(
      false,
    );
  });
});
