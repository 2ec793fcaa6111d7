import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { STAND_IN, kubectlKustomize, render } from './kustomize';

// The tests render with kubectl's kustomize; what they add is the copy with stand-ins for the operator's secrets.
let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wiz-kustomize-spec-'));
  write('base/kustomization.yaml', 'resources: [secret.yaml]\n');
  write('base/secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData: { K: REPLACE-ME }\n');
  write(
    'o/kustomization.yaml',
    [
      'resources: [../base]',
      'generatorOptions: { disableNameSuffixHash: true }',
      'secretGenerator:',
      '  - { name: s, behavior: replace, envs: [secrets/s.env] }',
      '  - { name: k, files: [private.jwk.json=secrets/k.jwk.json] }',
    ].join('\n'),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("renders with kubectl's built-in kustomize v5", () => {
  const version = JSON.parse(execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' }));
  expect(version.kustomizeVersion).toMatch(/^v5\./);
});

it("never reads an overlay's real secrets/: every generator file is a stand-in, and each is listed", () => {
  write('o/secrets/s.env', 'K=the-operators-real-value\n');
  const { objects, generatorFiles } = render(dir, 'o');
  expect(JSON.stringify(objects)).not.toContain(Buffer.from('the-operators-real-value').toString('base64'));
  const data = (name: string) => objects.find((o) => o.kind === 'Secret' && o.metadata.name === name)!.data;
  expect(Buffer.from(data('s').STAND_IN, 'base64').toString()).toBe(STAND_IN);
  expect(Object.keys(data('k'))).toEqual(['private.jwk.json']);
  expect(generatorFiles).toEqual([
    { file: path.join(dir, 'o/secrets/s.env'), secret: 's' },
    { file: path.join(dir, 'o/secrets/k.jwk.json'), secret: 'k', key: 'private.jwk.json' },
  ]);
  expect(readFileSync(path.join(dir, 'o/secrets/s.env'), 'utf8')).toBe('K=the-operators-real-value\n');
});

it('lets kubectl stop an overlay whose secrets file is missing, as `kubectl apply -k` stops', () => {
  expect(() => kubectlKustomize(path.join(dir, 'o'))).toThrow(/secrets\/s\.env/);
});

it("reports kubectl's own refusal, e.g. a patch replacing a path that does not exist", () => {
  write(
    'p/kustomization.yaml',
    'resources: [../base]\npatches: [{ target: { kind: Secret }, patch: "[{op: replace, path: /spec/nope, value: 1}]" }]\n',
  );
  expect(() => render(dir, 'p')).toThrow(/kubectl kustomize .*p: .*nope/s);
});
