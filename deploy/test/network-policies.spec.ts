import {
  OVERLAYS,
  PORTS,
  SERVICES,
  egressRules,
  find,
  overlay,
  peerSelectsPod,
  podLabels,
  policiesFor,
} from './objects';

const POSTGRES = { 'cnpg.io/cluster': 'wiz-postgres' }; // the label CloudNativePG puts on its instance pods
const pod = (objects: any[], kind: string, name: string) => podLabels(find(objects, kind, name));

describe.each(OVERLAYS)('overlay %s', (name) => {
  const { objects } = overlay(name);
  const intakePod = pod(objects, 'Deployment', 'intake');

  it('denies all ingress and egress in the namespace unless a rule allows it', () => {
    const deny = objects.filter(
      (o) =>
        o.kind === 'NetworkPolicy' && Object.keys(o.spec.podSelector).length === 0 && !o.spec.ingress && !o.spec.egress,
    );
    expect(deny.map((p) => p.spec.policyTypes.sort())).toEqual([['Egress', 'Ingress']]);
  });

  it.each(SERVICES)("%s may reach only PostgreSQL, NATS, Redis, DNS, the OIDC provider and intake's keys", (app) => {
    const rules = egressRules(objects, pod(objects, 'Deployment', app));
    expect([...new Set(rules.map((r) => r.port))].sort((a, b) => a - b)).toEqual([
      53, 443, 3001, 4222, 5432, 6379, 26379,
    ]);
    const reaches = (labels: Record<string, string>, port: number) =>
      rules.some((r) => r.port === port && peerSelectsPod(r.peer, labels));
    // 3001 only to intake: the inwoner-session JWKS (AUTH_INWONER_JWKS_URL), not to the other services.
    expect(rules.filter((r) => r.port === 3001).every((r) => peerSelectsPod(r.peer, intakePod))).toBe(true);
    for (const other of SERVICES.filter((s) => s !== 'intake'))
      expect(reaches(pod(objects, 'Deployment', other), PORTS[other])).toBe(false);
    expect(reaches(POSTGRES, 5432)).toBe(true);
    expect(reaches(pod(objects, 'StatefulSet', 'nats'), 4222)).toBe(true);
    expect(reaches(pod(objects, 'StatefulSet', 'redis'), 6379)).toBe(true);
    expect(reaches(pod(objects, 'StatefulSet', 'redis'), 26379)).toBe(true);
    // DNS only to kube-system, and the one rule to the outside world is the labelled OIDC one on 443.
    expect(
      rules
        .filter((r) => r.port === 53)
        .every((r) => r.peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name'] === 'kube-system'),
    ).toBe(true);
    const outside = policiesFor(objects, pod(objects, 'Deployment', app), 'Egress').filter((p) =>
      JSON.stringify(p.spec).includes('ipBlock'),
    );
    expect(outside.map((p) => p.metadata.name)).toEqual(['services-egress-oidc-provider']);
    expect(outside[0].metadata.annotations?.['wiz/purpose']).toMatch(/OIDC/);
  });

  it('lets the portaal reach only the four services, DNS and the OIDC provider (the keys it checks tokens with)', () => {
    const portaal = pod(objects, 'Deployment', 'portaal');
    const rules = egressRules(objects, portaal);
    expect([...new Set(rules.map((r) => r.port))].sort()).toEqual([53, 443, 3001, 3002, 3003, 3004].sort());
    const outside = policiesFor(objects, portaal, 'Egress').filter((p) => JSON.stringify(p.spec).includes('ipBlock'));
    expect(outside.map((p) => p.metadata.name)).toEqual(['services-egress-oidc-provider']);
  });

  it.each(SERVICES)(
    '%s accepts traffic only from the portaal, the ingress controller, Prometheus (intake: Node apps)',
    (app) => {
      const peers = policiesFor(objects, pod(objects, 'Deployment', app), 'Ingress').flatMap((p) =>
        (p.spec.ingress ?? [])
          .filter((r: any) => r.ports.some((port: any) => port.port === PORTS[app]))
          .flatMap((r: any) => r.from),
      );
      const described = peers.map(
        (p: any) =>
          p.podSelector?.matchLabels['app.kubernetes.io/name'] ??
          (p.podSelector?.matchLabels['wiz/node-app'] === 'true' ? 'wiz/node-app' : undefined) ??
          p.namespaceSelector.matchLabels['kubernetes.io/metadata.name'],
      );
      // intake also from every Node app, for its inwoner-session keys (the rule below).
      const nodeApps = app === 'intake' ? ['wiz/node-app'] : [];
      expect(described.sort()).toEqual(['ingress-nginx', 'monitoring', 'portaal', ...nodeApps]);
    },
  );

  it("lets every Node app fetch intake's inwoner-session keys from intake, and nothing else through that rule", () => {
    const url = new URL(find(objects, 'ConfigMap', 'wiz-config').data.AUTH_INWONER_JWKS_URL);
    expect([url.hostname, Number(url.port), url.pathname]).toEqual([
      'intake',
      PORTS.intake,
      '/api/v1/inwonersessies/sleutels',
    ]);
    for (const app of [...SERVICES, 'portaal']) {
      const labels = pod(objects, 'Deployment', app);
      expect(egressRules(objects, labels).some((r) => r.port === 3001 && peerSelectsPod(r.peer, intakePod))).toBe(true);
      const ingress = policiesFor(objects, intakePod, 'Ingress').flatMap((p) => p.spec.ingress ?? []);
      expect(
        ingress.some(
          (r: any) => r.ports.some((p: any) => p.port === 3001) && r.from.some((f: any) => peerSelectsPod(f, labels)),
        ),
      ).toBe(true);
    }
    const rule = find(objects, 'NetworkPolicy', 'intake-ingress-inwoner-sessie-sleutels');
    expect(rule.spec.ingress.flatMap((r: any) => r.ports.map((p: any) => p.port))).toEqual([3001]);
  });

  it('lets the NATS nodes reach each other on the route port 6222', () => {
    const nats = pod(objects, 'StatefulSet', 'nats');
    expect(egressRules(objects, nats).some((r) => r.port === 6222 && peerSelectsPod(r.peer, nats))).toBe(true);
    const ingress = policiesFor(objects, nats, 'Ingress').flatMap((p) => p.spec.ingress ?? []);
    expect(ingress.some((r: any) => r.ports[0].port === 6222 && r.from.some((f: any) => peerSelectsPod(f, nats)))).toBe(
      true,
    );
  });

  it('lets PostgreSQL instances replicate between themselves and the operator reach them', () => {
    expect(egressRules(objects, POSTGRES).some((r) => r.port === 5432 && peerSelectsPod(r.peer, POSTGRES))).toBe(true);
    const ingress = policiesFor(objects, POSTGRES, 'Ingress').flatMap((p) => p.spec.ingress ?? []);
    const fromOperator = ingress.find((r: any) =>
      r.from.some((f: any) => f.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] === 'cnpg-system'),
    );
    expect(fromOperator.ports.map((p: any) => p.port)).toContain(8000);
  });
});
