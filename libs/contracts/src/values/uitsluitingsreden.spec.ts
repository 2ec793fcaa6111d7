import { UITSLUITINGSREDENEN, UitsluitingsredenSchema } from './uitsluitingsreden';

describe('UitsluitingsredenSchema', () => {
  it('knows the six reasons of the contract, and no other', () => {
    expect([...UITSLUITINGSREDENEN].sort()).toEqual([
      'al-gedeclareerd',
      'buiten-periode',
      'buiten-regio',
      'deelnemer-onvolledig',
      'dubbele-financiering',
      'geen-bewijsstuk',
    ]);
    expect(UitsluitingsredenSchema.safeParse('onbekend').success).toBe(false);
  });
});
