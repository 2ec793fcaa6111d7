import { OVERLAYS, SERVICES, container, find, overlay, plainEnv } from './objects';

// NATS, PostgreSQL and Redis as the issue asks, in every overlay (the test overlay keeps them highly available too).
describe.each(OVERLAYS)('overlay %s', (name) => {
  const { objects } = overlay(name);

  describe('NATS JetStream', () => {
    const nats = find(objects, 'StatefulSet', 'nats');
    const conf: string = find(objects, 'ConfigMap', 'nats-config').data['nats.conf'];

    it('is a StatefulSet of three behind a headless Service that publishes not-ready pods', () => {
      expect(nats.spec.replicas).toBe(3);
      const headless = find(objects, 'Service', nats.spec.serviceName);
      expect(headless.spec).toMatchObject({ clusterIP: 'None', publishNotReadyAddresses: true });
    });

    it('routes every node to all three and keeps JetStream on a volume of its own', () => {
      const routes = [...conf.matchAll(/nats:\/\/(nats-\d)\.nats-headless:6222/g)].map((m) => m[1]);
      expect(routes).toEqual(['nats-0', 'nats-1', 'nats-2']);
      expect(conf).toMatch(/jetstream \{\s*(#.*\n\s*)*store_dir: \/data/);
      expect(nats.spec.volumeClaimTemplates[0].metadata.name).toBe('data');
      expect(container(nats).volumeMounts).toContainEqual({ name: 'data', mountPath: '/data' });
    });

    it('loses at most one node to a drain', () => {
      expect(find(objects, 'PodDisruptionBudget', 'nats').spec.maxUnavailable).toBe(1);
    });
  });

  describe('PostgreSQL (CloudNativePG)', () => {
    const cluster = find(objects, 'Cluster', 'wiz-postgres');

    it('has a primary and at least one replica with storage', () => {
      expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
      expect(cluster.spec.instances).toBeGreaterThanOrEqual(2);
      expect(cluster.spec.storage.size).toMatch(/^\d+Gi$/);
    });

    it('creates the four service databases, each owned by its own owner role', () => {
      const { database, owner, postInitSQL } = cluster.spec.bootstrap.initdb;
      const made = new Map<string, string>([[database, owner]]);
      for (const sql of postInitSQL) {
        const m = sql.match(/^CREATE DATABASE (\w+) OWNER (\w+)$/);
        if (m) made.set(m[1], m[2]);
      }
      expect(Object.fromEntries(made)).toEqual(Object.fromEntries(SERVICES.map((s) => [`wiz_${s}`, `wiz_${s}_owner`])));
    });

    it.each(SERVICES)('%s runs as its app role against the -rw Service (deploy/test/database-roles.spec.ts)', (app) => {
      const env = container(find(objects, 'Deployment', app)).env;
      expect(env).toContainEqual({
        name: 'DATABASE_URL',
        value: `postgres://$(DATABASE_USER):$(DATABASE_PASSWORD)@wiz-postgres-rw:5432/wiz_${app}`,
      });
    });

    it('has connections for every service at its HPA maximum', () => {
      const pool = Number(plainEnv(objects, container(find(objects, 'Deployment', 'intake'))).DATABASE_POOL_SIZE);
      const most = SERVICES.reduce(
        (sum, s) => sum + find(objects, 'HorizontalPodAutoscaler', s).spec.maxReplicas * pool,
        0,
      );
      expect(Number(cluster.spec.postgresql.parameters.max_connections)).toBeGreaterThanOrEqual(most + 20);
    });
  });

  describe('Redis', () => {
    const redis = find(objects, 'StatefulSet', 'redis');
    const files = find(objects, 'ConfigMap', 'redis').data;

    it('keeps an append-only file on a volume and never evicts', () => {
      expect(files['redis.conf']).toMatch(/^appendonly yes$/m);
      expect(files['redis.conf']).toMatch(/^maxmemory-policy noeviction$/m);
      expect(redis.spec.volumeClaimTemplates[0].metadata.name).toBe('data');
    });

    it('runs three nodes, each with a Sentinel, quorum two', () => {
      expect(redis.spec.replicas).toBe(3);
      expect(redis.spec.template.spec.containers.map((c: any) => c.name)).toEqual(['redis', 'sentinel']);
      expect(files['sentinel.sh']).toMatch(/sentinel monitor wiz \$master 6379 2/);
    });

    it('lets the services find the master through the three Sentinels (REDIS_SENTINELS), no proxy in between', () => {
      const env = plainEnv(objects, container(find(objects, 'Deployment', 'trajecten')));
      expect(env.REDIS_SENTINELS.split(',')).toEqual(
        ['redis-0', 'redis-1', 'redis-2'].map((p) => `${p}.redis-headless:26379`),
      );
      expect(env.REDIS_SENTINEL_MASTER).toBe('wiz');
      expect(files['sentinel.sh']).toMatch(new RegExp(`sentinel monitor ${env.REDIS_SENTINEL_MASTER} `));
      expect(objects.some((o) => /redis-proxy|haproxy/.test(o.metadata.name))).toBe(false);
    });
  });
});
