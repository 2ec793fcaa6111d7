import fc from 'fast-check';
import { arbeidsmarktstatus, opleidingsniveau } from '../src/modules/aanmeldingen/domain/deelnemerkenmerken';
import type { Situatie } from '../src/modules/aanmeldingen/domain/aanmelding.types';

const situatie = fc.record<Situatie>({
  uitkering: fc.constantFrom('participatiewet', 'ww', 'wia', 'wajong', 'anw', 'geen'),
  werkend: fc.boolean(),
  zzp: fc.boolean(),
  arbeidsbeperking: fc.boolean(),
  statushouder: fc.boolean(),
  startkwalificatie: fc.boolean(),
});

describe('intake domain rules', () => {
  it('gives one labour status: working wins, a WW or bijstand benefit means unemployed, else inactive', () => {
    fc.assert(
      fc.property(situatie, (s) => {
        const status = arbeidsmarktstatus(s);
        if (s.werkend || s.zzp) expect(status).toBe('werkend');
        else if (s.uitkering === 'ww' || s.uitkering === 'participatiewet') expect(status).toBe('werkloos');
        else expect(status).toBe('inactief');
      }),
    );
  });

  it('puts people without a startkwalificatie at ISCED 0-2', () => {
    expect(opleidingsniveau({ uitkering: 'geen', werkend: false, zzp: false, arbeidsbeperking: false, statushouder: false, startkwalificatie: false })).toBe('isced-0-2');
  });
});
