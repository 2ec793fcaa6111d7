import { OVERLAYS, container, find, overlay, plainEnv } from './objects';

/**
 * Issue 20's keys and settings: intake signs inwoner sessions and trajecten signs credentials with a private JWK read
 * from a file (required in production). The files come from their Secrets, mounted read-only into the service
 * container only; every Node app checks inwoner tokens with intake's public keys inside the cluster.
 */
const KEYS = [
  {
    app: 'intake',
    variable: 'INWONER_SESSIE_PRIVATE_JWK',
    secret: 'wiz-inwoner-sessie-sleutel',
    file: '/etc/wiz/inwoner-sessie/private.jwk.json',
  },
  {
    app: 'trajecten',
    variable: 'CREDENTIAL_PRIVATE_JWK',
    secret: 'wiz-credential-sleutel',
    file: '/etc/wiz/credential/private.jwk.json',
  },
] as const;

describe.each(OVERLAYS)('overlay %s: signing keys and inwoner login settings', (name) => {
  const { objects, generatorFiles } = overlay(name);

  describe.each(KEYS)('$app', ({ app, variable, secret, file }) => {
    const deployment = find(objects, 'Deployment', app);
    const pod = deployment.spec.template.spec;
    const service = container(deployment);
    const migrate = pod.initContainers.find((c: any) => c.name === 'migrate');
    const volume = pod.volumes.find((v: any) => v.secret?.secretName === secret);

    it(`names the key file in ${variable} and mounts it read-only from Secret ${secret}`, () => {
      expect(plainEnv(objects, service)[variable]).toBe(file);
      expect(volume.secret).toEqual({ secretName: secret, defaultMode: 0o440 });
      const mount = service.volumeMounts.find((m: any) => m.name === volume.name);
      expect(mount).toEqual({ name: volume.name, mountPath: file.slice(0, file.lastIndexOf('/')), readOnly: true });
      // The Secret's key is the file's name (the overlay's generated Secret has it once the operator's file exists).
      const key = file.slice(file.lastIndexOf('/') + 1);
      expect(Object.keys(find(overlay('base').objects, 'Secret', secret).stringData)).toEqual([key]);
      expect(generatorFiles.filter((f) => f.secret === secret).map((f) => f.key)).toEqual([key]);
      // Root owns the file, the pod's group reads it: the app user (uid and gid 1000) and nobody else.
      expect(pod.securityContext).toMatchObject({ runAsUser: 1000, fsGroup: 1000 });
    });

    it('keeps the key out of the migrate init container, which only needs the path named', () => {
      expect(plainEnv(objects, migrate)[variable]).toBe(file);
      expect((migrate.volumeMounts ?? []).map((m: any) => m.name)).toEqual(['tmp']);
    });

    it("generates the key's Secret from a file under the overlay's git-ignored secrets/", () => {
      expect(generatorFiles.filter((f) => f.secret === secret).map((f) => f.file)).toEqual([
        expect.stringMatching(new RegExp(`overlays/${name}/secrets/[a-z-]+\\.jwk\\.json$`)),
      ]);
    });

    it('is the only Deployment the key reaches', () => {
      const others = objects.filter(
        (o) => o.kind === 'Deployment' && o.metadata.name !== app && JSON.stringify(o.spec).includes(secret),
      );
      expect(others).toEqual([]);
    });
  });

  it('gives intake the DigiD broker and the portaal its login there, from Secret wiz-digid', () => {
    const keysOf = (secret: string) => Object.keys(find(overlay('base').objects, 'Secret', secret).stringData).sort();
    expect(keysOf('wiz-digid')).toEqual(
      [
        'DIGID_AUDIENCE',
        'DIGID_BSN_CLAIM',
        'DIGID_ISSUER',
        'DIGID_JWKS_URL',
        'PORTAAL_DIGID_AUTHORITY',
        'PORTAAL_DIGID_CLIENT_ID',
      ].sort(),
    );
    for (const app of ['intake', 'portaal']) {
      const refs = container(find(objects, 'Deployment', app)).envFrom.map((e: any) => e.secretRef?.name);
      expect(refs).toContain('wiz-digid');
    }
    expect(generatorFiles.filter((f) => f.secret === 'wiz-digid').map((f) => f.file)).toEqual([
      expect.stringMatching(new RegExp(`overlays/${name}/secrets/digid\\.env$`)),
    ]);
  });

  it("points every Node app at intake's inwoner-session keys inside the cluster, with the non-secret settings", () => {
    for (const app of ['intake', 'trajecten', 'werkgevers', 'subsidies', 'portaal']) {
      const env = plainEnv(objects, container(find(objects, 'Deployment', app)));
      expect(env.AUTH_INWONER_JWKS_URL).toBe('http://intake:3001/api/v1/inwonersessies/sleutels');
      expect(env.AUTH_INWONER_ISSUER).toBe('wiz-inwonersessies');
    }
    const config = find(objects, 'ConfigMap', 'wiz-config').data;
    expect(config).toMatchObject({ DIGID_ALGORITHMS: 'RS256,ES256', PORTAAL_DIGID_SCOPE: 'openid' });
    expect(new URL(config.CREDENTIAL_ISSUER).protocol).toBe('https:');
    expect(new URL(config.CREDENTIAL_VERIFICATIE_URL).pathname).toBe('/verifieer');
    // Only the ConfigMap names it: a Secret with the same key would win over it (envFrom order).
    const auth = find(overlay('base').objects, 'Secret', 'wiz-auth').stringData;
    expect(auth).not.toHaveProperty('AUTH_INWONER_JWKS_URL');
  });
});
