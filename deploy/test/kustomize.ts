import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { applyPatch, type Operation } from 'fast-json-patch';
import { parse, parseAllDocuments } from 'yaml';

/**
 * A tiny kustomize: exactly the features deploy/ uses, so the tests can render an overlay without the kustomize
 * binary (nothing can be downloaded here). Anything else in a kustomization.yaml is refused rather than ignored,
 * so a manifest can never rely on a feature these tests do not see. Order follows kustomize: resources,
 * generators, patches, namespace, replicas, images.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: any;
}

export interface Rendered {
  objects: K8sObject[];
  /** Env and key files secretGenerator read (or would read: missing files are listed too, yielding no data). */
  generatorFiles: { file: string; secret: string; missing: boolean; key?: string }[];
}

const KNOWN = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'images',
  'replicas',
  'patches',
  'secretGenerator',
  'generatorOptions',
]);
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CustomResourceDefinition',
]);

export function render(dir: string): Rendered {
  const k = parse(readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8'));
  const unknown = Object.keys(k).filter((key) => !KNOWN.has(key));
  if (unknown.length) throw new Error(`${dir}: unsupported kustomization fields ${unknown.join(', ')}`);

  const out: Rendered = { objects: [], generatorFiles: [] };
  for (const entry of k.resources ?? []) {
    const target = path.join(dir, entry);
    if (statSync(target).isDirectory()) {
      const sub = render(target);
      out.objects.push(...sub.objects);
      out.generatorFiles.push(...sub.generatorFiles);
    } else {
      out.objects.push(...readObjects(target));
    }
  }
  generateSecrets(dir, k, out);
  for (const p of k.patches ?? []) applyPatches(dir, p, out.objects);
  if (k.namespace) for (const o of out.objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  for (const r of k.replicas ?? []) setReplicas(r, out.objects);
  for (const image of k.images ?? []) for (const o of out.objects) setImage(o, image);
  return out;
}

function readObjects(file: string): K8sObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      return doc.toJS() as K8sObject;
    })
    .filter(Boolean);
}

function generateSecrets(dir: string, k: any, out: Rendered): void {
  if (!k.secretGenerator) return;
  if (k.generatorOptions?.disableNameSuffixHash !== true)
    throw new Error(`${dir}: name hashes are not rendered; set disableNameSuffixHash`);
  for (const gen of k.secretGenerator) {
    const data: Record<string, string> = {};
    for (const [key, value] of (gen.literals ?? []).map((l: string) => splitOnce(l))) data[key] = value;
    for (const rel of gen.envs ?? []) {
      const file = path.join(dir, rel);
      const missing = !existsSync(file);
      out.generatorFiles.push({ file, secret: gen.name, missing });
      if (!missing) for (const [key, value] of parseEnvFile(readFileSync(file, 'utf8'))) data[key] = value;
    }
    // files: [key=path] or [path]: the whole file is the value of one key (a key file mounted as a file).
    for (const entry of gen.files ?? []) {
      const [key, rel] = entry.includes('=') ? splitOnce(entry) : [path.basename(entry), entry];
      const file = path.join(dir, rel);
      const missing = !existsSync(file);
      out.generatorFiles.push({ file, secret: gen.name, missing, key });
      if (!missing) data[key] = readFileSync(file, 'utf8');
    }
    const encoded = Object.fromEntries(
      Object.entries(data).map(([key, v]) => [key, Buffer.from(v).toString('base64')]),
    );
    const secret: K8sObject = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: gen.name },
      type: gen.type ?? 'Opaque',
      data: encoded,
    };
    const at = out.objects.findIndex((o) => o.kind === 'Secret' && o.metadata.name === gen.name);
    const behavior = gen.behavior ?? 'create';
    if (behavior === 'replace' && at >= 0) out.objects[at] = secret;
    else if (behavior === 'create' && at < 0) out.objects.push(secret);
    else
      throw new Error(
        `${dir}: secretGenerator ${gen.name}: behavior ${behavior} with${at < 0 ? 'out' : ''} an existing Secret`,
      );
  }
}

/** KEY=VALUE lines; blank lines and # comments skipped, the value kept as written (as kustomize does). */
export function parseEnvFile(text: string): [string, string][] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map(splitOnce);
}

function splitOnce(line: string): [string, string] {
  const at = line.indexOf('=');
  if (at <= 0) throw new Error(`not KEY=VALUE: ${line}`);
  return [line.slice(0, at).trim(), line.slice(at + 1)];
}

function applyPatches(dir: string, p: any, objects: K8sObject[]): void {
  const ops = p.path ? parse(readFileSync(path.join(dir, p.path), 'utf8')) : parse(p.patch);
  if (!Array.isArray(ops)) throw new Error(`${dir}: only JSON6902 patches (a list of operations) are rendered`);
  const targets = objects.filter((o) => matches(o, p.target ?? {}));
  if (!targets.length) throw new Error(`${dir}: patch target ${JSON.stringify(p.target)} matches nothing`);
  // validate=true makes fast-json-patch throw, as kustomize does, when a path to replace or remove is missing.
  // Each target gets its own copy of the values, or a later patch of one object would change them all.
  for (const o of targets) applyPatch(o, structuredClone(ops) as Operation[], true, true);
}

function matches(o: K8sObject, t: { kind?: string; name?: string; labelSelector?: string }): boolean {
  if (t.kind && o.kind !== t.kind) return false;
  if (t.name && o.metadata.name !== t.name) return false;
  if (!t.labelSelector) return true;
  return t.labelSelector.split(',').every((term) => {
    const [key, value] = term.split('=').map((s) => s.trim());
    return o.metadata.labels?.[key] === value;
  });
}

function setReplicas(r: { name: string; count: number }, objects: K8sObject[]): void {
  const found = objects.filter(
    (o) => ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(o.kind) && o.metadata.name === r.name,
  );
  if (!found.length) throw new Error(`replicas: nothing named ${r.name}`);
  for (const o of found) o.spec.replicas = r.count;
}

/** Sets every container image named `image.name` (any tag) to newName:newTag, wherever containers are. */
function setImage(node: any, image: { name: string; newName?: string; newTag?: string }): void {
  if (Array.isArray(node)) return node.forEach((n) => setImage(n, image));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const c of value as { image?: string }[]) {
        const ref = c.image ?? '';
        const colon = ref.lastIndexOf(':') > ref.lastIndexOf('/') ? ref.lastIndexOf(':') : ref.length;
        const [name, tag] = [ref.slice(0, colon), ref.slice(colon + 1) || 'latest'];
        if (name === image.name) c.image = `${image.newName ?? name}:${image.newTag ?? tag}`;
      }
    }
    setImage(value, image);
  }
}
