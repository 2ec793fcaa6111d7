import { minstBelast } from './toewijzing';

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
