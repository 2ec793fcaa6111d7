import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseEnvFile, render } from './kustomize';
import { schemaErrors } from './schema';

// The renderer must behave like kustomize for the features deploy/ uses, and refuse what it does not render.
let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const deployment = (name: string, labels = '{}') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name}, labels: ${labels} }\nspec:\n  replicas: 1\n  selector: { matchLabels: { a: b } }\n  template:\n    metadata: { labels: { a: b } }\n    spec: { containers: [{ name: c, image: "app:1", resources: { limits: { cpu: "1" } } }] }\n`;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wiz-kustomize-'));
  write('base/kustomization.yaml', 'resources: [apps.yaml, secret.yaml]\n');
  write('base/apps.yaml', `${deployment('one', '{ x: "y" }')}---\n${deployment('two')}`);
  write('base/secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData: { K: REPLACE-ME }\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('applies namespace, replicas, images and label-targeted JSON6902 patches to a base', () => {
  write(
    'o/kustomization.yaml',
    [
      'namespace: n',
      'resources: [ns.yaml, ../base]',
      'images: [{ name: app, newName: reg/app, newTag: "2" }]',
      'replicas: [{ name: two, count: 3 }]',
      'patches: [{ target: { kind: Deployment, labelSelector: x=y }, patch: "[{op: add, path: /spec/paused, value: true}]" }]',
    ].join('\n'),
  );
  write('o/ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: { name: n }\n');
  const [ns, one, two] = render(path.join(dir, 'o')).objects;
  expect(ns.metadata.namespace).toBeUndefined();
  expect([one.metadata.namespace, one.spec.paused, one.spec.template.spec.containers[0].image]).toEqual([
    'n',
    true,
    'reg/app:2',
  ]);
  expect([two.spec.paused, two.spec.replicas]).toEqual([undefined, 3]);
});

it('gives each patched object its own copy of a patch value', () => {
  write(
    'o/kustomization.yaml',
    [
      'resources: [../base]',
      'patches:',
      '  - { target: { kind: Deployment }, patch: "[{op: replace, path: /spec/template/spec/containers/0/resources, value: { limits: { cpu: 2 } }}]" }',
      '  - { target: { kind: Deployment, name: two }, patch: "[{op: replace, path: /spec/template/spec/containers/0/resources/limits/cpu, value: 3}]" }',
    ].join('\n'),
  );
  const cpus = render(path.join(dir, 'o'))
    .objects.slice(0, 2)
    .map((d) => d.spec.template.spec.containers[0].resources.limits.cpu);
  expect(cpus).toEqual([2, 3]);
});

it('replaces a Secret with one generated from an env file, and reports a missing file', () => {
  write(
    'o/kustomization.yaml',
    'resources: [../base]\ngeneratorOptions: { disableNameSuffixHash: true }\nsecretGenerator: [{ name: s, behavior: replace, envs: [secrets/s.env] }]\n',
  );
  expect(render(path.join(dir, 'o')).generatorFiles).toEqual([
    { file: path.join(dir, 'o/secrets/s.env'), secret: 's', missing: true },
  ]);
  write('o/secrets/s.env', '# comment\nK=a=b\n');
  const secret = render(path.join(dir, 'o')).objects.find((o) => o.kind === 'Secret')!;
  expect(secret.stringData).toBeUndefined();
  expect(Buffer.from(secret.data.K, 'base64').toString()).toBe('a=b');
});

it.each([
  [
    'an unsupported field',
    'resources: [../base]\ncommonLabels: { a: b }\n',
    /unsupported kustomization fields commonLabels/,
  ],
  [
    'a strategic-merge patch',
    'resources: [../base]\npatches: [{ target: { kind: Deployment }, patch: "spec: { paused: true }" }]\n',
    /only JSON6902/,
  ],
  [
    'a patch that matches nothing',
    'resources: [../base]\npatches: [{ target: { name: nope }, patch: "[]" }]\n',
    /matches nothing/,
  ],
  [
    'replacing a missing path',
    'resources: [../base]\npatches: [{ target: { name: one }, patch: "[{op: replace, path: /spec/nope, value: 1}]" }]\n',
    /path that does not exist/,
  ],
  ['replicas for nothing', 'resources: [../base]\nreplicas: [{ name: nope, count: 1 }]\n', /nothing named nope/],
  [
    'a generated name hash',
    'resources: [../base]\nsecretGenerator: [{ name: t, literals: [A=b] }]\n',
    /disableNameSuffixHash/,
  ],
])('refuses %s', (_, kustomization, error) => {
  write('o/kustomization.yaml', kustomization);
  expect(() => render(path.join(dir, 'o'))).toThrow(error);
});

it('parses env files as kustomize does: the first = splits, blank lines and comments skipped', () => {
  expect(parseEnvFile('A=1\n\n# x\nB=x=y\r\n')).toEqual([
    ['A', '1'],
    ['B', 'x=y'],
  ]);
});

it('reports schema errors and objects without a schema', () => {
  const [one] = render(path.join(dir, 'base')).objects;
  expect(schemaErrors(one)).toBeUndefined();
  expect(schemaErrors({ ...one, spec: { ...one.spec, replicas: 'two' } })).toMatch(/replicas must be integer/);
  expect(schemaErrors({ ...one, spec: { ...one.spec, selector: undefined } })).toMatch(/selector/);
  expect(schemaErrors({ apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 't' } })).toMatch(/no schema/);
  const cluster = {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: 'pg' },
    spec: { instances: 'two' },
  };
  expect(schemaErrors(cluster)).toMatch(/instances must be integer/);
});
