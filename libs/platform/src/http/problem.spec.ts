import { problem, PROBLEM_TYPE_BASE, PROBLEM_TYPES, problemType } from './problem';

describe('problem types', () => {
  it('gives each kind of problem its own type URI', () => {
    expect(problem(404, 'Traject x not found.')).toEqual({
      type: 'https://werkinzicht.nl/problemen/niet-gevonden',
      title: 'Not Found',
      status: 404,
      detail: 'Traject x not found.',
    });
    expect(problemType(412)).toBe(`${PROBLEM_TYPE_BASE}versie-verouderd`);
    expect(problemType(422)).toBe(`${PROBLEM_TYPE_BASE}niet-verwerkbaar`);
    expect(new Set(PROBLEM_TYPES).size).toBe(PROBLEM_TYPES.length);
  });

  it('answers about:blank for a status without a kind of its own, and keeps a type given explicitly', () => {
    expect(problem(418, 'teapot').type).toBe('about:blank');
    expect(PROBLEM_TYPES).toContain('about:blank');
    expect(problem(409, 'taken', { type: `${PROBLEM_TYPE_BASE}conflict` }).type).toBe(`${PROBLEM_TYPE_BASE}conflict`);
  });
});
