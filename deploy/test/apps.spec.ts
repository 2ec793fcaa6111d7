import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { serviceNodeArgs } from '@wiz/platform/testing';
import { schemaErrors } from './schema';
import { OVERLAYS, PORTS, SERVICES, container, find, overlay, plainEnv } from './objects';

/** The Node flags npm start and the benchmark run an app with (its package.json "nodeArgs"); the manifests must agree. */
const packageJson = (project: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '../..', project, 'package.json'), 'utf8'));
const nodeArgs = (project: string) => serviceNodeArgs(path.join(__dirname, '../..', project));
/** The overlays run the image of this release: tagged with the root package.json's version. */
const release = packageJson('.').version;

describe.each([...SERVICES.map((s) => `services/${s}`), 'apps/portaal'])('%s package.json', (project) => {
  it('starts the app with its nodeArgs also through its own "start" script (npm start -w)', () => {
    const main = project === 'apps/portaal' ? 'dist/server/main.js' : 'dist/main.js';
    expect(packageJson(project).scripts.start).toBe(['node', ...nodeArgs(project), main].join(' '));
  });
});

// What the issue asks of every Node app in every overlay; each assertion fails if the manifest loses the setting.
describe.each(OVERLAYS)('overlay %s', (name) => {
  const { objects } = overlay(name);

  it('renders objects that all pass the Kubernetes and CloudNativePG schemas', () => {
    expect(objects.length).toBeGreaterThan(40);
    expect(objects.map(schemaErrors).filter(Boolean)).toEqual([]);
  });

  it('puts every namespaced object in the overlay namespace', () => {
    const ns = objects.find((o) => o.kind === 'Namespace')!.metadata.name;
    expect(objects.filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== ns)).toEqual([]);
  });

  describe.each([...SERVICES, 'portaal'])('%s', (app) => {
    const deployment = find(objects, 'Deployment', app);
    const c = container(deployment);
    const pod = deployment.spec.template.spec;

    it('runs the shared image of this release with the command that picks this app, as docker-compose.yml does', () => {
      expect(c.image).toBe(`registry.example.nl/werk-in-zicht:${release}`);
      const project = app === 'portaal' ? 'apps/portaal' : `services/${app}`;
      expect(c.command).toEqual([
        'node',
        ...nodeArgs(project),
        app === 'portaal' ? 'apps/portaal/dist/server/main.js' : `services/${app}/dist/main.js`,
      ]);
      expect(c.ports).toEqual([{ name: 'http', containerPort: PORTS[app] }]);
    });

    it('probes /health/ready for readiness and /health/live for liveness and start-up', () => {
      expect(c.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(c.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(c.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    });

    it('has resource requests and limits for CPU and memory', () => {
      for (const kind of ['requests', 'limits'])
        expect(Object.keys(c.resources[kind]).sort()).toEqual(['cpu', 'memory']);
    });

    it('runs as non-root on a read-only root filesystem with every capability dropped', () => {
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(c.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(c.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    });

    it('gives graceful shutdown at least 30 seconds', () => {
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
    });

    it('reads the shared ConfigMap and its Secrets', () => {
      const refs = c.envFrom.map((e: any) => e.configMapRef?.name ?? e.secretRef?.name);
      const own = {
        portaal: ['wiz-auth', 'wiz-portaal-oidc', 'wiz-digid'],
        intake: ['wiz-auth', 'wiz-bsn', 'wiz-digid'],
        werkgevers: ['wiz-auth', 'wiz-werkgevers'],
      }[app] ?? ['wiz-auth'];
      expect(refs).toEqual(['wiz-config', ...own]);
      for (const secret of own) expect(find(objects, 'Secret', secret)).toBeDefined();
    });

    it('has a PodDisruptionBudget that lets one pod go at a time', () => {
      const pdb = find(objects, 'PodDisruptionBudget', app);
      expect(pdb.spec.maxUnavailable ?? pdb.spec.minAvailable).toBe(1);
      expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    });

    it('scales on CPU and, for the services, on consumer lag from prometheus-adapter', () => {
      const hpa = find(objects, 'HorizontalPodAutoscaler', app);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: app });
      const metrics = hpa.spec.metrics.map((m: any) => m.resource?.name ?? m.external?.metric.name);
      expect(metrics).toEqual(app === 'portaal' ? ['cpu'] : ['cpu', 'wiz_consumer_lag']);
      if (app !== 'portaal')
        expect(hpa.spec.metrics[1].external.metric.selector).toEqual({ matchLabels: { service: app } });
      expect(hpa.spec.maxReplicas).toBeGreaterThanOrEqual(hpa.spec.minReplicas);
      expect(deployment.spec.replicas).toBe(hpa.spec.minReplicas);
    });
  });

  it.each(SERVICES)('%s connects to the three NATS nodes with three stream replicas', (app) => {
    const env = plainEnv(objects, container(find(objects, 'Deployment', app)));
    expect(env.NATS_STREAM_REPLICAS).toBe('3');
    expect(env.NATS_URL.split(',')).toEqual([0, 1, 2].map((i) => `tls://nats-${i}.nats-headless:4222`));
    expect(env.NODE_ENV).toBe('production');
  });
});

it('base passes the schemas too (an overlay may hide a base value)', () => {
  expect(overlay('base').objects.map(schemaErrors).filter(Boolean)).toEqual([]);
});

describe('replicas per overlay', () => {
  it.each([...SERVICES, 'portaal'])('%s: one in test, at least two in production with room to scale', (app) => {
    expect(find(overlay('test').objects, 'Deployment', app).spec.replicas).toBe(1);
    expect(find(overlay('production').objects, 'Deployment', app).spec.replicas).toBeGreaterThanOrEqual(2);
    expect(find(overlay('production').objects, 'HorizontalPodAutoscaler', app).spec.maxReplicas).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('production gives more CPU than test', () => {
    const cpu = (o: 'test' | 'production') =>
      container(find(overlay(o).objects, 'Deployment', 'intake')).resources.requests.cpu;
    expect([cpu('test'), cpu('production')]).toEqual(['100m', '250m']);
  });
});
