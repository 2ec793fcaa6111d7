import { KOSTENSOORTEN, KostensoortSchema } from './kostensoort';

describe('KostensoortSchema', () => {
  it('accepts the five cost kinds of the contract', () => {
    expect(KOSTENSOORTEN).toEqual(['personeel', 'opleiding', 'begeleiding', 'materiaal', 'overig']);
    for (const soort of KOSTENSOORTEN) expect(KostensoortSchema.parse(soort)).toBe(soort);
  });

  it('refuses any other value, naming the allowed ones', () => {
    const uitkomst = KostensoortSchema.safeParse('Personeel');
    expect(uitkomst.success).toBe(false);
    expect(uitkomst.error?.issues[0].message).toBe(
      'must be one of personeel, opleiding, begeleiding, materiaal, overig',
    );
  });
});
