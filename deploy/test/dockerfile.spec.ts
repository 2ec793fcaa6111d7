import { readFileSync } from 'node:fs';
import * as path from 'node:path';

// The image runs the Node the project declares and installs exactly the lockfile: every stage of deploy/Dockerfile
// starts from node:<.nvmrc's major>, pinned to one patch release, the one the lockfile's node-linux-* packages carry
// for npm scripts on machines with an older Node, so the image, CI and development run the same Node.
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const dockerfile = read('deploy/Dockerfile');
const major = read('.nvmrc').trim();
const rootPackage = JSON.parse(read('package.json'));
const lockfile = JSON.parse(read('package-lock.json'));
const baseImages = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);

it('.nvmrc and package.json engines name the same Node major', () => {
  expect(major).toMatch(/^\d+$/);
  expect(rootPackage.engines.node).toBe(`>=${major}`);
});

it("every stage starts from node:<major>.<minor>.<patch>-<variant>, the release of the lockfile's Node package", () => {
  const packaged = Object.entries(lockfile.packages as Record<string, { version: string }>)
    .filter(([name]) => /^node_modules\/node-linux-[a-z0-9]+$/.test(name))
    .map(([, entry]) => entry.version);
  expect(packaged.length).toBeGreaterThan(0);
  expect(new Set(packaged)).toEqual(new Set([packaged[0]]));
  expect(packaged[0].split('.')[0]).toBe(major);
  expect(baseImages.length).toBeGreaterThan(0);
  for (const image of baseImages)
    expect(image).toMatch(new RegExp(`^node:${packaged[0].replace(/\./g, '\\.')}-[a-z]+-slim$`));
});

it('installs with npm ci, never npm install', () => {
  expect(dockerfile).toMatch(/\bnpm ci\b/);
  expect(dockerfile).not.toMatch(/\bnpm (install|i)\b/);
});

it('copies at least the package.json of every workspace, so npm ci finds all the lockfile lists', () => {
  const copied = [...dockerfile.matchAll(/^COPY\s+(?!--from)(.+)$/gm)].flatMap((m) => m[1].split(/\s+/).slice(0, -1));
  for (const workspace of rootPackage.workspaces as string[]) {
    const dir = workspace.replace(/\/\*$/, '');
    expect(copied.some((source) => source === dir || source === `${dir}/package.json`)).toBe(true);
  }
});
