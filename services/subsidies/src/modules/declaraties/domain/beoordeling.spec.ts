import { beoordeelKostenregel, GECONTROLEERDE_REDENEN } from './beoordeling';
import { UITSLUITINGSREDENEN } from './uitsluitingsreden';
import {
  deelnemer,
  deelnemersVan,
  GRONINGER,
  ingediend,
  JTF,
  kostenregel,
  NIETS_INGEDIEND,
} from './declaratie.testdata';
import type { Deelnemer } from './deelnemer';
import type { Ingediend } from './ingediend';
import type { Kostenregel } from './kostenregel';

const bekend = deelnemersVan(deelnemer());
const reden = (regel: Kostenregel, deelnemers: Map<string, Deelnemer> = bekend, i: Ingediend = NIETS_INGEDIEND) => {
  const b = beoordeelKostenregel(regel, JTF, deelnemers, i);
  return b.opgenomen ? 'opgenomen' : b.reden;
};

describe('beoordeelKostenregel: one line, one answer', () => {
  it('checks every reason of the contract, in its precedence order', () => {
    expect(GECONTROLEERDE_REDENEN).toEqual(UITSLUITINGSREDENEN);
  });

  it('includes a complete line of an eligible participant, and a line without participant', () => {
    expect(reden(kostenregel({ inwonerId: GRONINGER }))).toBe('opgenomen');
    expect(reden(kostenregel({ inwonerId: undefined }))).toBe('opgenomen');
  });

  it('buiten-periode: dated outside the regeling, with both boundary days inside', () => {
    expect(reden(kostenregel({ datum: '2025-12-31' }))).toBe('buiten-periode');
    expect(reden(kostenregel({ datum: '2026-07-01' }))).toBe('buiten-periode');
    expect(reden(kostenregel({ datum: '2026-01-01' }))).toBe('opgenomen');
    expect(reden(kostenregel({ datum: '2026-06-30' }))).toBe('opgenomen');
  });

  it('buiten-regio: the participant lives outside the eligible gemeenten', () => {
    expect(reden(kostenregel({ inwonerId: GRONINGER }), deelnemersVan(deelnemer({ gemeentecode: 'GM0363' })))).toBe(
      'buiten-regio',
    );
  });

  it('geen-bewijsstuk: absent or blank', () => {
    expect(reden(kostenregel({ bewijsstuk: undefined }))).toBe('geen-bewijsstuk');
    expect(reden(kostenregel({ bewijsstuk: '  ' }))).toBe('geen-bewijsstuk');
  });

  // Rule changed in issue 15: missing ESF+ indicator data no longer excludes a line (domain.md: it makes the
  // participant incomplete for that indicator only); only an unknown participant or gemeente does.
  it('deelnemer-onvolledig: the participant is unknown to the register, or its gemeente is', () => {
    expect(reden(kostenregel({ inwonerId: 'b0000000-0000-4000-8000-000000000002' }))).toBe('deelnemer-onvolledig');
    expect(reden(kostenregel({ inwonerId: GRONINGER }), deelnemersVan(deelnemer({ gemeentecode: '' })))).toBe(
      'deelnemer-onvolledig',
    );
  });

  it('keeps a line claimable when ESF+ indicator data is missing or not reportable', () => {
    for (const veld of [
      'arbeidsmarktstatus',
      'leeftijdsband',
      'opleidingsniveau',
      'geslacht',
      'arbeidsbeperking',
    ] as const) {
      expect([
        veld,
        reden(kostenregel({ inwonerId: GRONINGER }), deelnemersVan(deelnemer({ [veld]: undefined }))),
      ]).toEqual([veld, 'opgenomen']);
    }
    const nietInDeEnum = deelnemer({ arbeidsmarktstatus: 'met-pensioen' as never });
    expect(reden(kostenregel({ inwonerId: GRONINGER }), deelnemersVan(nietInDeEnum))).toBe('opgenomen');
  });

  it('al-gedeclareerd: the line itself was submitted, or its bewijsstuk under the same regeling', () => {
    expect(reden(kostenregel({ id: 'k1' }), bekend, ingediend(['k1']))).toBe('al-gedeclareerd');
    expect(
      reden(kostenregel({ id: 'k2', bewijsstuk: 'factuur-1' }), bekend, ingediend([], { 'factuur-1': ['JTF'] })),
    ).toBe('al-gedeclareerd');
    expect(
      reden(kostenregel({ id: 'k2', bewijsstuk: 'factuur-2' }), bekend, ingediend(['k1'], { 'factuur-1': ['JTF'] })),
    ).toBe('opgenomen');
  });

  it('dubbele-financiering: its bewijsstuk was submitted under another regeling', () => {
    expect(reden(kostenregel({ bewijsstuk: 'factuur-5' }), bekend, ingediend([], { 'factuur-5': ['NPG'] }))).toBe(
      'dubbele-financiering',
    );
  });
});
