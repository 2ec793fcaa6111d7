import {
  eisNieuweOverdracht,
  eisVoorgesteld,
  magOverdrachtZien,
  magToelichtingLezen,
  OverdrachtFout,
} from './overdracht';

describe('handover rules', () => {
  const fout = (f: () => void) => {
    try {
      f();
    } catch (e) {
      return e instanceof OverdrachtFout ? e.kind : e;
    }
    return undefined;
  };

  it('goes only to another organisation that runs the step the traject is in, one at a time', () => {
    expect(fout(() => eisNieuweOverdracht('GM0014', 'leerwerkloket', 'scholen', false))).toBeUndefined();
    expect(fout(() => eisNieuweOverdracht('GM0014', 'leerwerkloket', 'begeleiden', false))).toBe('invalid');
    expect(fout(() => eisNieuweOverdracht('GM0014', 'werkgeversservicepunt', 'matchen', false))).toBeUndefined();
    expect(fout(() => eisNieuweOverdracht('leerwerkloket', 'GM0014', 'scholen', false))).toBeUndefined();
    expect(fout(() => eisNieuweOverdracht('GM0014', 'GM0014', 'scholen', false))).toBe('invalid');
    expect(fout(() => eisNieuweOverdracht('GM0014', 'UWV', 'orienteren', true))).toBe('conflict');
  });

  it('is accepted once, and only while the traject is in a step the receiver runs', () => {
    expect(
      fout(() => eisVoorgesteld('voorgesteld', { organisatie: 'leerwerkloket', stap: 'scholen' })),
    ).toBeUndefined();
    expect(fout(() => eisVoorgesteld('voorgesteld', { organisatie: 'leerwerkloket', stap: 'matchen' }))).toBe(
      'conflict',
    );
    expect(fout(() => eisVoorgesteld('afgewezen'))).toBe('conflict');
  });

  it('shows the note to the proposer always, to the receiver unless it declined', () => {
    const van = (org: string) => org === 'GM0014';
    const naar = (org: string) => org === 'leerwerkloket';
    const o = { vanOrganisatie: 'GM0014', naarOrganisatie: 'leerwerkloket' };
    for (const status of ['voorgesteld', 'geaccepteerd', 'afgewezen'] as const)
      expect(magToelichtingLezen({ ...o, status }, van)).toBe(true);
    expect(magToelichtingLezen({ ...o, status: 'voorgesteld' }, naar)).toBe(true);
    expect(magToelichtingLezen({ ...o, status: 'geaccepteerd' }, naar)).toBe(true);
    expect(magToelichtingLezen({ ...o, status: 'afgewezen' }, naar)).toBe(false);
  });

  it('shows the history to the holder whole, to another side only the handovers it was part of', () => {
    const o = { vanOrganisatie: 'GM0014', naarOrganisatie: 'leerwerkloket' };
    const alleen = (eigen: string) => (org: string) => org === eigen;
    expect(magOverdrachtZien(o, 'UWV', alleen('UWV'))).toBe(true);
    expect(magOverdrachtZien(o, 'UWV', alleen('leerwerkloket'))).toBe(true);
    expect(
      magOverdrachtZien({ vanOrganisatie: 'GM0014', naarOrganisatie: 'UWV' }, 'UWV', alleen('leerwerkloket')),
    ).toBe(false);
  });
});
