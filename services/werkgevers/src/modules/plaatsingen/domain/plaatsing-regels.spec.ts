import { PlaatsingFout } from './plaatsing-fout';
import { beeindigingsFout, sroiBevestigingsFout, urenWijzigingsFout } from './plaatsing-regels';

const lopend = { startdatum: '2025-03-01', einddatum: null };
const beeindigd = { startdatum: '2025-03-01', einddatum: '2025-06-30' };

describe('placement rules', () => {
  it('ends a running placement on or after its start', () => {
    expect(beeindigingsFout(lopend, '2025-03-01')).toBeNull();
    expect(beeindigingsFout(beeindigd, '2025-07-01')).toMatchObject({ kind: 'conflict', field: undefined });
    expect(beeindigingsFout(lopend, '2025-02-28')).toMatchObject({
      kind: 'invalid',
      field: { name: 'einddatum', message: 'must not be before the startdatum' },
    });
  });

  it('changes hours of a running placement, from its start, to other hours', () => {
    expect(urenWijzigingsFout(lopend, { urenPerWeek: 32, ingangsdatum: '2025-04-01' }, 24)).toBeNull();
    expect(urenWijzigingsFout(beeindigd, { urenPerWeek: 32, ingangsdatum: '2025-04-01' }, 24)?.kind).toBe('conflict');
    expect(urenWijzigingsFout(lopend, { urenPerWeek: 32, ingangsdatum: '2025-02-01' }, 24)?.field?.name).toBe(
      'ingangsdatum',
    );
    expect(urenWijzigingsFout(lopend, { urenPerWeek: 24, ingangsdatum: '2025-04-01' }, 24)?.field?.name).toBe(
      'urenPerWeek',
    );
  });

  it('confirms a doelgroep only for a placement of an SROI obligation', () => {
    expect(sroiBevestigingsFout({ sroiVerplichtingId: 'v' })).toBeNull();
    expect(sroiBevestigingsFout({ sroiVerplichtingId: null })).toBeInstanceOf(PlaatsingFout);
  });
});
