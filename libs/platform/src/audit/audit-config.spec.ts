import { loadAuditDrempels } from './audit-config';

describe('loadAuditDrempels', () => {
  it('defaults to twice the caseload, 50 inwoners, a night of 22:00–06:00 in Amsterdam', () => {
    expect(loadAuditDrempels({})).toEqual({
      factor: 2,
      maxInwoners: 50,
      nachtVan: 22 * 60,
      nachtTot: 6 * 60,
      tijdzone: 'Europe/Amsterdam',
    });
  });

  it('reads the settings and names every wrong one', () => {
    expect(loadAuditDrempels({ AUDIT_ONGEBRUIKELIJK_FACTOR: '1.5', AUDIT_NACHT_VAN: '23:30' })).toMatchObject({
      factor: 1.5,
      nachtVan: 23 * 60 + 30,
    });
    expect(() => loadAuditDrempels({ AUDIT_NACHT_TOT: '25:00', AUDIT_TIJDZONE: 'Mars/Olympus' })).toThrow(
      /AUDIT_NACHT_TOT[\s\S]*AUDIT_TIJDZONE/,
    );
  });
});
