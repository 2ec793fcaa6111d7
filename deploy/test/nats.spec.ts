import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderNatsAuthorization } from '../../libs/platform/src/messaging/nats-permissions';
import { DEPLOY_DIR, OVERLAYS, SERVICES, container, find, overlay, plainEnv } from './objects';

// Issue 14, finding 7: no anonymous use of the bus, one user per service with the subjects it may use, TLS.
const generated = renderNatsAuthorization({ stream: 'WIZ', subjectPrefix: '' });

describe('NATS users and permissions', () => {
  it('the committed authorization blocks are what `npm run nats:config` generates from the event catalog', () => {
    const config = find(overlay('base').objects, 'ConfigMap', 'nats-config');
    expect(config.data['authorization.conf']).toBe(generated);
    expect(readFileSync(path.join(DEPLOY_DIR, 'compose', 'nats-authorization.conf'), 'utf8')).toBe(generated);
    expect(readFileSync(path.join(DEPLOY_DIR, 'compose', 'nats.conf'), 'utf8')).toMatch(
      /^include \.\/nats-authorization\.conf$/m,
    );
  });

  it('gives every service a user of its own and nobody a wildcard over all events', () => {
    const users = [...generated.matchAll(/user: "(\w+)"\n\s*password: \$(\w+)/g)].map((m) => [m[1], m[2]]);
    expect(users).toEqual(SERVICES.map((s) => [s, `NATS_${s.toUpperCase()}_PASSWORD`]));
    for (const wide of ['">"', '"wiz.>"', '"_INBOX.>"', '"$JS.API.>"']) expect(generated).not.toContain(wide);
  });

  it('has a password in the Secret template for every user', () => {
    const secret = find(overlay('base').objects, 'Secret', 'wiz-nats');
    expect(Object.keys(secret.stringData).sort()).toEqual(
      [...generated.matchAll(/password: \$(\w+)/g)].map((m) => m[1]).sort(),
    );
  });
});

describe.each(OVERLAYS)('overlay %s: NATS', (name) => {
  const { objects } = overlay(name);
  const natsConfig = find(objects, 'ConfigMap', 'nats-config').data;
  const nats = find(objects, 'StatefulSet', 'nats');

  it('requires TLS of clients and mutual TLS of routes, and includes the users', () => {
    const conf: string = natsConfig['nats.conf'];
    const tls =
      /tls \{\s*cert_file: \/etc\/nats-tls\/tls\.crt\s*key_file: \/etc\/nats-tls\/tls\.key\s*ca_file: \/etc\/nats-tls\/ca\.crt/g;
    expect(conf.match(tls)).toHaveLength(2);
    expect(conf).toMatch(/cluster \{[\s\S]*tls \{[^}]*verify: true[^}]*\}\s*\}/);
    expect(conf).toMatch(/^include \.\/authorization\.conf$/m);
    expect(natsConfig['authorization.conf']).toBe(generated);
  });

  it('gives the NATS pods the certificates and the passwords', () => {
    const pod = nats.spec.template.spec;
    expect(pod.volumes).toContainEqual({ name: 'tls', secret: { secretName: 'wiz-nats-tls' } });
    expect(container(nats).volumeMounts).toContainEqual({ name: 'tls', mountPath: '/etc/nats-tls', readOnly: true });
    expect(container(nats).envFrom).toContainEqual({ secretRef: { name: 'wiz-nats' } });
    // The overlays make wiz-nats from secrets/nats.env (secrets.spec.ts); the base's template names every key.
    expect(objects.filter((o) => o.kind === 'Secret' && o.metadata.name === 'wiz-nats')).toHaveLength(1);
  });

  describe.each(SERVICES)('%s', (app) => {
    const deployment = find(objects, 'Deployment', app);
    const pod = deployment.spec.template.spec;

    it('signs in as its own user with its own password over tls:// in every container', () => {
      for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
        const env = Object.fromEntries((c.env ?? []).map((e: any) => [e.name, e]));
        expect(env.NATS_USER).toEqual({ name: 'NATS_USER', value: app });
        expect(env.NATS_PASSWORD.valueFrom).toEqual({
          secretKeyRef: { name: 'wiz-nats', key: `NATS_${app.toUpperCase()}_PASSWORD` },
        });
        expect(env.NATS_TLS_CA.valueFrom).toEqual({ secretKeyRef: { name: 'wiz-nats-tls', key: 'ca.crt' } });
        expect(
          plainEnv(objects, c)
            .NATS_URL.split(',')
            .every((url) => url.startsWith('tls://')),
        ).toBe(true);
      }
    });
  });
});
