import { eindeRedenCode } from './plaatsing-einde';

describe('eindeRedenCode: what plaatsing-beeindigd may carry', () => {
  it('takes the chosen code over the typed text', () => {
    expect(eindeRedenCode('verhuizing', 'ziekte')).toBe('verhuizing');
  });

  it('passes typed text through only when it is itself a code', () => {
    expect(eindeRedenCode(undefined, ' proeftijd ')).toBe('proeftijd');
    expect(eindeRedenCode(undefined, 'Wobbina gaat verhuizen')).toBe('overig');
    expect(eindeRedenCode(undefined, 'Ziekte')).toBe('overig');
  });
});
