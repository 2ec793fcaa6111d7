import { plaatsingOpVacatureFout, statusNaPlaatsing, statusWijzigingsFout, VacatureFout } from './vacature-status';

describe('vacature status', () => {
  it('lets every status follow every other, but not itself (409)', () => {
    expect(statusWijzigingsFout('open', 'ingetrokken')).toBeNull();
    expect(statusWijzigingsFout('ingetrokken', 'open')).toBeNull();
    expect(statusWijzigingsFout('vervuld', 'open')).toBeNull();
    const fout = statusWijzigingsFout('open', 'open');
    expect(fout).toBeInstanceOf(VacatureFout);
    expect(fout?.kind).toBe('conflict');
  });

  it('refuses placements on a withdrawn vacancy only', () => {
    expect(plaatsingOpVacatureFout('ingetrokken')?.kind).toBe('conflict');
    expect(plaatsingOpVacatureFout('open')).toBeNull();
    expect(plaatsingOpVacatureFout('vervuld')).toBeNull();
  });

  it('fills an open vacancy once its running placements reach its places, and never changes another status', () => {
    expect(statusNaPlaatsing({ status: 'open', aantal: 2, vervuld: 1 })).toBe('open');
    expect(statusNaPlaatsing({ status: 'open', aantal: 2, vervuld: 2 })).toBe('vervuld');
    expect(statusNaPlaatsing({ status: 'ingetrokken', aantal: 1, vervuld: 1 })).toBe('ingetrokken');
    expect(statusNaPlaatsing({ status: 'vervuld', aantal: 3, vervuld: 1 })).toBe('vervuld');
  });
});
