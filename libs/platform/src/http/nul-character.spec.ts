import { pathOfNul } from './nul-character';

describe('pathOfNul', () => {
  it('names the field holding a NUL, however deep', () => {
    expect(pathOfNul({ inwoner: { voornaam: 'An\u0000na' } })).toBe('inwoner.voornaam');
    expect(pathOfNul({ skills: ['zorg', '\u0000'] })).toBe('skills.1');
    expect(pathOfNul({ 'sleutel\u0000': 1 })).toBe('sleutel\u0000');
    expect(pathOfNul('\u0000', 'code')).toBe('code');
  });

  it('passes everything without one, including uploads', () => {
    expect(pathOfNul({ naam: 'Zoë', n: 3, leeg: null, lijst: [] })).toBeUndefined();
    expect(pathOfNul(Buffer.from([0, 1, 2]))).toBeUndefined();
    expect(pathOfNul(undefined)).toBeUndefined();
  });
});

describe('pathOfNul on deep input', () => {
  it('walks 100,000 levels without a stack overflow', () => {
    let deep: unknown = 'bodem\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(pathOfNul(deep)).toBe(Array(100_000).fill('0').join('.'));
  });
});
