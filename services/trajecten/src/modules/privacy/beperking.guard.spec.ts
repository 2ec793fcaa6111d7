import type { ExecutionContext } from '@nestjs/common';
import { PRINCIPAL_KEY, type Principal, type Role } from '@wiz/platform';
import { BeperkingGuard } from './beperking.guard';
import type { BeperkingToets, Stand } from './database/beperking-toets';

const traject = '3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c';
const wie = (role: Role, organisatie = 'GM0014'): Principal => ({ subject: 's', roles: [role], organisatie });
const verzoek = (principal: Principal, url = `/api/v1/trajecten/${traject}/notities`) =>
  ({
    switchToHttp: () => ({ getRequest: () => ({ url, [PRINCIPAL_KEY]: principal }) }),
  }) as unknown as ExecutionContext;
const guard = (stand: Stand | undefined) =>
  new BeperkingGuard({ stand: async () => stand } as unknown as BeperkingToets);
const beperkt: Stand = { beperkt: true, gewist: false, eigenaren: ['GM0014'] };

/** The decision of the restriction guard; its lookup is stubbed here and runs on PostgreSQL in privacy-beperking.spec. */
describe('BeperkingGuard', () => {
  it('refuses a restricted person to everyone who may see them but the privacy role', async () => {
    for (const role of ['consulent', 'teamleider', 'beheer'] as const)
      await expect(guard(beperkt).canActivate(verzoek(wie(role)))).rejects.toMatchObject({ status: 403 });
    await expect(guard(beperkt).canActivate(verzoek(wie('privacy', 'WIZ')))).resolves.toBe(true);
  });

  it('lets another organisation through to its own 404, and unrestricted or unknown records through', async () => {
    await expect(guard(beperkt).canActivate(verzoek(wie('consulent', 'GM0034')))).resolves.toBe(true);
    await expect(guard({ ...beperkt, beperkt: false }).canActivate(verzoek(wie('consulent')))).resolves.toBe(true);
    await expect(guard(undefined).canActivate(verzoek(wie('consulent')))).resolves.toBe(true);
    await expect(guard(beperkt).canActivate(verzoek(wie('consulent'), '/api/v1/caseload'))).resolves.toBe(true);
  });

  it('answers 404 for an erased traject', async () => {
    const gewist = { ...beperkt, beperkt: false, gewist: true };
    await expect(guard(gewist).canActivate(verzoek(wie('consulent')))).rejects.toMatchObject({ status: 404 });
  });
});
