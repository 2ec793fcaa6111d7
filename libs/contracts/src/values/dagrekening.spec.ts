import { plusDagen, plusMaanden } from './dagrekening';

describe('date arithmetic for the ESF+ result windows', () => {
  it.each([
    ['2026-01-10', 6, '2026-07-10'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s plus %i months is %s', (van, maanden, tot) => expect(plusMaanden(van, maanden)).toBe(tot));

  it.each([
    ['2026-01-10', 28, '2026-02-07'],
    ['2026-03-20', 28, '2026-04-17'],
    ['2026-12-20', 28, '2027-01-17'],
  ])('%s plus %i days is %s (across daylight saving and the year end)', (van, dagen, tot) =>
    expect(plusDagen(van, dagen)).toBe(tot),
  );
});
