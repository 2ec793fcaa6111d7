import { minstBelast, Toewijzingsronde } from './toewijzing';

const medewerker = (subject: string, actief = true) => ({
  subject,
  naam: subject,
  organisatie: 'GM0014',
  team: 'noord',
  actief,
});

describe('minstBelast', () => {
  it('chooses the active medewerker with the fewest active trajecten, ties by subject', () => {
    expect(
      minstBelast(
        [
          { medewerker: medewerker('c'), actieveTrajecten: 1 },
          { medewerker: medewerker('b'), actieveTrajecten: 1 },
          { medewerker: medewerker('a', false), actieveTrajecten: 0 },
        ],
        'noord',
      ),
    ).toEqual({ team: 'noord', consulent: 'b' });
  });

  it('leaves the traject unassigned in the team when nobody is active', () => {
    expect(minstBelast([], 'noord')).toEqual({ team: 'noord', consulent: null });
  });
});

describe('Toewijzingsronde', () => {
  const ronde = (kandidaten: [string, number][]) =>
    new Toewijzingsronde(
      new Map([
        [
          'GM0014',
          {
            regel: 'minst-belast',
            team: 'noord',
            kandidaten: kandidaten.map(([s, n]) => ({ medewerker: medewerker(s), actieveTrajecten: n })),
          },
        ],
      ]),
    );

  it('counts the trajecten it gave out, so a batch spreads as one at a time would', () => {
    const r = ronde([
      ['a', 2],
      ['b', 0],
      ['c', 1],
    ]);
    const gekozen = Array.from({ length: 5 }, () => {
      const { consulent } = r.kies('GM0014');
      r.gegeven('GM0014', consulent);
      return consulent;
    });
    expect(gekozen).toEqual(['b', 'b', 'c', 'a', 'b']);
  });

  it('counts only what was given: a choice not stored leaves the next the same', () => {
    const r = ronde([
      ['a', 0],
      ['b', 0],
    ]);
    expect(r.kies('GM0014').consulent).toBe('a');
    expect(r.kies('GM0014').consulent).toBe('a');
    r.gegeven('GM0014', 'a');
    expect(r.kies('GM0014').consulent).toBe('b');
  });

  it('gives nobody without a rule, and the fixed consulent only while active in the organisation', () => {
    const vast = (actief: boolean, organisatie = 'GM0014') =>
      new Toewijzingsronde(
        new Map([['GM0014', { regel: 'vast', consulent: { ...medewerker('v', actief), organisatie } }]]),
      );
    expect(vast(true).kies('GM0014')).toEqual({ team: 'noord', consulent: 'v' });
    expect(vast(false).kies('GM0014')).toEqual({ team: null, consulent: null });
    expect(vast(true, 'GM0034').kies('GM0014')).toEqual({ team: null, consulent: null });
    expect(vast(true).kies('GM0034')).toEqual({ team: null, consulent: null });
  });
});
