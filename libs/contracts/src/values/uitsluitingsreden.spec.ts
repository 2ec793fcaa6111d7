import { UITSLUITINGSREDENEN, UitsluitingsredenSchema } from './uitsluitingsreden';

describe('UitsluitingsredenSchema', () => {
  it('knows the six reasons of the contract and the flat rate’s, and no other', () => {
    expect([...UITSLUITINGSREDENEN].sort()).toEqual([
      'al-gedeclareerd',
      'buiten-periode',
      'buiten-regio',
      'deelnemer-onvolledig',
      'dubbele-financiering',
      'gedekt-door-flat-rate',
      'geen-bewijsstuk',
    ]);
    expect(UitsluitingsredenSchema.safeParse('onbekend').success).toBe(false);
  });
});
