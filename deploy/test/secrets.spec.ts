import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEPLOY_DIR, OVERLAYS, SERVICES, overlay } from './objects';

const values = (secret: any): string[] => [
  ...Object.values<string>(secret.stringData ?? {}),
  ...Object.values<string>(secret.data ?? {}).map((v) => Buffer.from(v, 'base64').toString()),
];

describe('secrets', () => {
  it('base holds only templates, every value marked REPLACE-ME', () => {
    const secrets = overlay('base').objects.filter((o) => o.kind === 'Secret');
    const databaseLogins = SERVICES.flatMap((s) => [`wiz-db-${s}-app`, `wiz-db-${s}-owner`]);
    expect(secrets.map((s) => s.metadata.name).sort()).toEqual(
      [
        'wiz-auth',
        'wiz-bsn',
        'wiz-credential-sleutel',
        'wiz-digid',
        'wiz-inwoner-sessie-sleutel',
        'wiz-nats',
        'wiz-portaal-oidc',
        'wiz-werkgevers',
        ...databaseLogins,
      ].sort(),
    );
    for (const s of secrets) expect(values(s).every((v) => v.startsWith('REPLACE-ME'))).toBe(true);
  });

  it.each(OVERLAYS)('%s: no Secret keeps a placeholder; each comes from env files under secrets/', (name) => {
    const { objects, generatorFiles } = overlay(name);
    const secrets = objects.filter((o) => o.kind === 'Secret');
    expect(secrets.flatMap(values).filter((v) => v.includes('REPLACE-ME'))).toEqual([]);
    const generated = new Set(generatorFiles.map((f) => f.secret));
    expect(secrets.filter((s) => !generated.has(s.metadata.name))).toEqual([]);
    const dir = path.join(DEPLOY_DIR, 'overlays', name, 'secrets');
    for (const f of generatorFiles) expect(path.dirname(f.file)).toBe(dir);
  });

  it("keeps the overlays' secrets/ folders out of git", () => {
    const ignored = readFileSync(path.join(DEPLOY_DIR, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toContain('overlays/*/secrets/');
  });
});
