import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * The overlays rendered by `kubectl kustomize`, kubectl's built-in kustomize (v5): exactly what `kubectl apply -k`
 * would apply, `images:` digests included. kubectl must be on PATH; without it the deploy tests fail rather than
 * pass on something else.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: any;
}

/** An env or key file a secretGenerator reads, where the operator keeps it (under the overlay's secrets/). */
export interface GeneratorFile {
  file: string;
  secret: string;
  /** For a `files:` entry: the key the whole file becomes. */
  key?: string;
}

export interface Rendered {
  objects: K8sObject[];
  generatorFiles: GeneratorFile[];
}

/** What a stand-in env file holds, so a test can tell a stand-in from a template's REPLACE-ME. */
export const STAND_IN = 'stand-in-written-by-deploy-test';

export function kubectlKustomize(dir: string): string {
  try {
    return execFileSync('kubectl', ['kustomize', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error('kubectl is not on PATH: the deploy tests render the overlays with `kubectl kustomize`');
    throw new Error(`kubectl kustomize ${dir}: ${e.stderr?.trim() || e.message}`);
  }
}

/**
 * Renders the kustomization at `root`/`rel` from a copy of `root` in which every secrets/ folder is left out and
 * each file a secretGenerator reads is a stand-in: the real env files are outside git, and an operator's own
 * secrets in a working tree are never read by a test (nor printed in a failure).
 */
export function render(root: string, rel: string): Rendered {
  const copy = mkdtempSync(path.join(tmpdir(), 'wiz-kustomize-'));
  try {
    const skipped = new Set([path.join(root, 'node_modules'), path.join(root, 'test')]);
    cpSync(root, copy, {
      recursive: true,
      filter: (src) => !skipped.has(src) && !(path.basename(src) === 'secrets' && statSync(src).isDirectory()),
    });
    const inputs = generatorInputs(path.join(copy, rel));
    for (const input of inputs) {
      mkdirSync(path.dirname(input.file), { recursive: true });
      if (!existsSync(input.file)) writeFileSync(input.file, input.key ? '{}\n' : `STAND_IN=${STAND_IN}\n`);
    }
    return {
      objects: parseObjects(kubectlKustomize(path.join(copy, rel))),
      generatorFiles: inputs.map((i) => ({ ...i, file: path.join(root, path.relative(copy, i.file)) })),
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export function parseObjects(yaml: string): K8sObject[] {
  return parseAllDocuments(yaml)
    .map((doc) => {
      if (doc.errors.length) throw new Error(doc.errors[0].message);
      return doc.toJS() as K8sObject;
    })
    .filter(Boolean);
}

/** The files the secretGenerators of a kustomization and of the directories it includes read. */
export function generatorInputs(dir: string): GeneratorFile[] {
  const k = parse(readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) ?? {};
  const included = (k.resources ?? [])
    .map((entry: string) => path.join(dir, entry))
    .filter((target: string) => existsSync(target) && statSync(target).isDirectory());
  const own = (k.secretGenerator ?? []).flatMap((gen: { name: string; envs?: string[]; files?: string[] }) => [
    ...(gen.envs ?? []).map((rel) => ({ file: path.join(dir, rel), secret: gen.name })),
    // files: [key=path] or [path]: the whole file is the value of one key.
    ...(gen.files ?? []).map((entry) => {
      const [key, rel] = entry.includes('=') ? entry.split(/=(.*)/s, 2) : [path.basename(entry), entry];
      return { file: path.join(dir, rel), secret: gen.name, key };
    }),
  ]);
  return [...included.flatMap(generatorInputs), ...own];
}
