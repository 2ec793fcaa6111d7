import { isRegelingCode, OpenRegelingCodeSchema } from './regeling-code';

describe('regeling codes', () => {
  it('accept 2-20 upper-case letters, digits or dashes starting with a letter', () => {
    for (const code of ['JTF', 'NPG', 'REACT-EU', 'ESF2021', 'AB', 'A'.repeat(20)])
      expect(isRegelingCode(code)).toBe(true);
  });

  it('refuse lower case, a leading digit or dash, one character and more than 20', () => {
    for (const code of ['jtf', '1JTF', '-JTF', 'J', 'A'.repeat(21), 'JT F', ''])
      expect(isRegelingCode(code)).toBe(false);
  });

  it('the schema says what a code looks like', () => {
    expect(OpenRegelingCodeSchema.safeParse('REACT-EU').success).toBe(true);
    expect(OpenRegelingCodeSchema.safeParse('jtf').error?.issues[0].message).toBe(
      'must be a regeling code of 2-20 upper-case letters, digits or dashes, such as JTF',
    );
  });
});
