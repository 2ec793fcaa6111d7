import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspaceRoot } from '@wiz/platform/testing';

export interface ContractExample {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  status: number;
  body?: unknown;
}

/**
 * The committed copy is what the test sends: CI runs on a clean clone where ../shared may be elsewhere or absent.
 * The copy in ../shared beside the repository (or CONTRACT_EXAMPLES) is the authoritative one; a test keeps them equal.
 */
export const COMMITTED_EXAMPLES = path.join(__dirname, 'contract-examples.json');
export const SHARED_EXAMPLES =
  process.env.CONTRACT_EXAMPLES ?? path.resolve(workspaceRoot(), '../shared/contract-examples.json');
export const sharedExamplesReachable = existsSync(SHARED_EXAMPLES);

export function readExamples(file = COMMITTED_EXAMPLES): ContractExample[] {
  return JSON.parse(readFileSync(file, 'utf8')).requests;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholder names a request uses, in its path and anywhere in its body. */
export function placeholdersOf(example: ContractExample): string[] {
  return [...new Set([...JSON.stringify([example.path, example.body ?? null]).matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * The request with only its placeholders replaced (inside strings, wherever they are): nothing else in the body
 * changes, nothing is added. A placeholder without a value is an error naming it (an earlier answer was missing).
 */
export function fillIn(
  example: ContractExample,
  values: ReadonlyMap<string, string>,
): { path: string; body?: unknown } {
  const vervang = (s: string) =>
    s.replace(PLACEHOLDER, (_, name: string) => {
      const value = values.get(name);
      if (value === undefined) throw new Error(`"${example.name}" needs {${name}}, which no earlier answer gave`);
      return value;
    });
  const walk = (v: unknown): unknown =>
    typeof v === 'string'
      ? vervang(v)
      : Array.isArray(v)
        ? v.map(walk)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return { path: vervang(example.path), ...(example.body === undefined ? {} : { body: walk(example.body) }) };
}
