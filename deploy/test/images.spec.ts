import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { render, type K8sObject } from './kustomize';
import { DEPLOY_DIR, overlay } from './objects';

/**
 * Images the production overlay may run without a digest, each with the reason. Every other image must be pinned by
 * digest through the overlay's `images:`. A digest is only ever written from a registry's answer, never from memory:
 * deploy/README.md ("Pin the images") says how an operator reads and sets them.
 */
const NOT_PINNED: Record<string, string> = {
  // Our own image: its digest exists only once the operator has built and pushed it (README "Build and push").
  'werk-in-zicht': 'built and pushed by the operator',
  // Third-party images: no container registry can be reached from where these manifests are written and tested, so
  // their digests could not be read here. The operator pins them in the production overlay.
  nats: 'third-party, digest to be read by the operator',
  redis: 'third-party, digest to be read by the operator',
  'ghcr.io/cloudnative-pg/postgresql': 'third-party, digest to be read by the operator',
};
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Every image reference in the objects: containers and init containers of any pod spec, and a Cluster's imageName. */
function imagesOf(objects: K8sObject[]): string[] {
  const found: string[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'containers' || key === 'initContainers') found.push(...(value as any[]).map((c) => c.image));
      walk(value);
    }
  };
  walk(objects);
  found.push(...objects.filter((o) => o.kind === 'Cluster').map((o) => o.spec.imageName));
  return found;
}
/** The repository of an image reference: without its tag and digest. */
const repository = (ref: string) => ref.replace(/@.*$/, '').replace(/:[^/:]+$/, '');

const production = parse(readFileSync(path.join(DEPLOY_DIR, 'overlays/production/kustomization.yaml'), 'utf8'));

it('production: every `images:` entry carries a digest or is one of the listed exceptions', () => {
  const entries: { name: string; digest?: string }[] = production.images;
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.filter((e) => !(e.digest && DIGEST.test(e.digest)) && !(e.name in NOT_PINNED))).toEqual([]);
});

it('production: every image it runs is pinned by digest or one of the listed exceptions', () => {
  const renamed = new Map<string, string>(
    production.images.filter((e: any) => e.newName).map((e: any) => [e.newName, e.name]),
  );
  const nameOf = (ref: string) => renamed.get(repository(ref)) ?? repository(ref);
  const refs = [...new Set(imagesOf(overlay('production').objects))];
  expect(refs).toHaveLength(4);
  const unpinned = refs.filter((ref) => !/@sha256:[0-9a-f]{64}$/.test(ref));
  expect(unpinned.filter((ref) => !(nameOf(ref) in NOT_PINNED))).toEqual([]);
  // No stale exception: each names an image the overlay runs.
  const running = refs.map(nameOf);
  expect(Object.keys(NOT_PINNED).filter((name) => !running.includes(name))).toEqual([]);
});

it('a digest set in an overlay reaches every container and the PostgreSQL Cluster (base/kustomizeconfig)', () => {
  // What the operator's `kustomize edit set image <name>=<name>:<tag>@sha256:…` writes, for every image.
  const root = mkdtempSync(path.join(tmpdir(), 'wiz-images-'));
  try {
    cpSync(path.join(DEPLOY_DIR, 'base'), path.join(root, 'base'), { recursive: true });
    const digest = `sha256:${'a'.repeat(64)}`;
    const images = Object.keys(NOT_PINNED).map((name) => `  - { name: ${name}, digest: "${digest}" }`);
    mkdirSync(path.join(root, 'pinned'));
    writeFileSync(
      path.join(root, 'pinned/kustomization.yaml'),
      ['resources: [../base]', 'images:', ...images].join('\n'),
    );
    const refs = imagesOf(render(root, 'pinned').objects);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((ref) => !ref.endsWith(`@${digest}`))).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
