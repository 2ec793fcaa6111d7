import { OVERLAYS, SERVICES, container, find, overlay } from './objects';

// Finding 8 of issue 14: a service must not run as the owner of its database, or it can switch its audit trail off.
// Each service migrates as wiz_<service>_owner in an init container and runs as wiz_<service>_app.
describe.each(OVERLAYS)('overlay %s: least-privilege database roles', (name) => {
  const { objects } = overlay(name);
  const cluster = find(objects, 'Cluster', 'wiz-postgres');
  const managed = new Map<string, any>(cluster.spec.managed.roles.map((r: any) => [r.name, r]));
  // The database logins a container reads (its NATS user's Secrets are nats.spec.ts's business).
  const secretRefs = (c: any): string[] =>
    (c.env ?? []).map((e: any) => e.valueFrom?.secretKeyRef?.name).filter((n?: string) => n?.startsWith('wiz-db-'));

  describe.each(SERVICES)('%s', (app) => {
    const deployment = find(objects, 'Deployment', app);
    const service = container(deployment);
    const migrate = deployment.spec.template.spec.initContainers.find((c: any) => c.name === 'migrate');

    it('has an owner and an app role, both logins from their own Secret, neither with more than login', () => {
      for (const kind of ['owner', 'app']) {
        const role = managed.get(`wiz_${app}_${kind}`);
        expect(role).toMatchObject({
          ensure: 'present',
          login: true,
          passwordSecret: { name: `wiz-db-${app}-${kind}` },
        });
        for (const power of ['superuser', 'createdb', 'createrole', 'replication', 'bypassrls'])
          expect(role[power]).toBeFalsy();
        expect(role.inRoles ?? []).toEqual([]);
        expect(find(objects, 'Secret', `wiz-db-${app}-${kind}`).type).toBe('kubernetes.io/basic-auth');
      }
    });

    it("runs the service with the app login only: the owner's Secret never reaches it", () => {
      expect(secretRefs(service)).toEqual([`wiz-db-${app}-app`, `wiz-db-${app}-app`]);
      expect((service.envFrom ?? []).map((e: any) => e.secretRef?.name)).not.toContain(`wiz-db-${app}-owner`);
    });

    it('migrates in an init container as the owner, naming the app role to grant to', () => {
      expect(migrate.image).toBe(service.image);
      expect(migrate.command).toEqual([...service.command, '--migrate']);
      expect(migrate.env).toContainEqual({
        name: 'DATABASE_MIGRATION_URL',
        value: `postgres://$(DATABASE_MIGRATION_USER):$(DATABASE_MIGRATION_PASSWORD)@wiz-postgres-rw:5432/wiz_${app}`,
      });
      expect(migrate.env).toContainEqual({
        name: 'DATABASE_URL',
        value: `postgres://$(DATABASE_USER)@wiz-postgres-rw:5432/wiz_${app}`,
      });
      expect(secretRefs(migrate).sort()).toEqual([`wiz-db-${app}-app`, `wiz-db-${app}-owner`, `wiz-db-${app}-owner`]);
      expect(migrate.securityContext).toEqual(service.securityContext);
    });

    it('gives the init container everything else the service reads (its configuration is validated whole)', () => {
      expect(migrate.envFrom).toEqual(service.envFrom);
      const databaseVariables = /^DATABASE_(USER|PASSWORD|URL|MIGRATION_USER|MIGRATION_PASSWORD|MIGRATION_URL)$/;
      const others = (c: any) => (c.env ?? []).filter((e: any) => !databaseVariables.test(e.name));
      expect(others(migrate)).toEqual(others(service));
    });
  });
});
