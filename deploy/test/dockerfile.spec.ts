import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, copies, dockerignore, readDockerfile, runs, workspaces } from './dockerfile';

/**
 * deploy/Dockerfile against the rules written here (there is no Docker engine, and no hadolint, on these machines):
 * four stages, deps (manifests and lockfile only, npm ci), build (sources, nx build), prod-deps (no dev dependencies)
 * and runtime, which holds only built output, production dependencies and package.json files, runs as a numeric
 * non-root user and writes nothing under /app. The image runs the Node the project declares: every stage starts from
 * node:<.nvmrc's major>, pinned to the patch release of the lockfile's node-linux-* packages (npm scripts' Node on
 * older machines), so the image, CI and development run the same Node.
 */
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const stages = readDockerfile();
const stage = (name: string) => stages.find((s) => s.name === name)!;
const major = read('.nvmrc').trim();
const rootPackage = JSON.parse(read('package.json'));
const lockfile = JSON.parse(read('package-lock.json'));
const nodeRelease = (() => {
  const packaged = Object.entries(lockfile.packages as Record<string, { version: string }>)
    .filter(([name]) => /^node_modules\/node-linux-[a-z0-9]+$/.test(name))
    .map(([, entry]) => entry.version);
  expect(new Set(packaged).size).toBe(1);
  return packaged[0];
})();
/** The projects the image runs or loads: every workspace under libs/, services/ and apps/. */
const projects = workspaces().filter((w) => /^(libs|services|apps)\//.test(w));

it('.nvmrc and package.json engines name the same Node major', () => {
  expect(major).toMatch(/^\d+$/);
  expect(rootPackage.engines.node).toBe(`>=${major}`);
});

it("every stage starts from node:<major>.<minor>.<patch>-<variant>-slim, the lockfile's Node, or an earlier stage", () => {
  expect(nodeRelease.split('.')[0]).toBe(major);
  const pinned = new RegExp(`^node:${nodeRelease.replace(/\./g, '\\.')}-[a-z]+-slim$`);
  stages.forEach(({ from }, i) => {
    const earlier = stages.slice(0, i).map((s) => s.name);
    expect({ from, ok: pinned.test(from) || earlier.includes(from) }).toEqual({ from, ok: true });
  });
});

it('has the stages deps, build, prod-deps and runtime, runtime last, from the bare Node image', () => {
  expect(stages.map((s) => [s.name, s.from])).toEqual([
    ['deps', expect.stringMatching(/^node:/)],
    ['build', 'deps'],
    ['prod-deps', 'deps'],
    ['runtime', stage('deps').from],
  ]);
});

it('installs with npm ci, never npm install', () => {
  const commands = stages.flatMap(runs).join('\n');
  expect(commands).toMatch(/\bnpm ci\b/);
  expect(commands).not.toMatch(/\bnpm (install|i|add)\b/);
});

it('deps copies the manifests of every workspace and the lockfile, nothing else, before npm ci', () => {
  const deps = stage('deps');
  const sources = copies(deps).flatMap((c) => c.sources);
  expect(sources.sort()).toEqual(
    ['package.json', 'package-lock.json', ...workspaces().map((w) => `${w}/package.json`)].sort(),
  );
  expect(copies(deps).every((c) => !c.from)).toBe(true);
  expect(runs(deps)).toEqual([expect.stringMatching(/^npm ci\b/)]);
  expect(deps.instructions[deps.instructions.length - 1].keyword).toBe('RUN');
});

it('build adds the sources and builds every project', () => {
  const build = stage('build');
  const sources = copies(build).flatMap((c) => c.sources);
  for (const dir of ['libs', 'services', 'apps']) expect(sources).toContain(dir);
  expect(runs(build).join('\n')).toMatch(/\bnx run-many -t build\b/);
});

it("prod-deps drops the dev dependencies and the npm registry's Node binary", () => {
  const commands = runs(stage('prod-deps')).join('\n');
  expect(commands).toMatch(/\bnpm (prune|ci)\b[^&]*--omit=dev/);
  expect(commands).toMatch(/rm -rf [^&]*node_modules\/node-linux-\*/);
  expect(copies(stage('prod-deps'))).toEqual([]);
});

describe('runtime', () => {
  const runtime = stage('runtime');
  const copied = copies(runtime);

  it('copies nothing from the build context, only from the stages', () => {
    expect(copied.filter((c) => !c.from)).toEqual([]);
  });

  it('takes production node_modules and the root package.json from prod-deps, and nothing else from there', () => {
    const fromProdDeps = copied.filter((c) => c.from === 'prod-deps').flatMap((c) => c.sources);
    expect(fromProdDeps.sort()).toEqual(['/app/node_modules', '/app/package.json']);
    expect(copied.some((c) => c.from === 'deps')).toBe(false);
  });

  it("takes only each project's dist and package.json from build: no sources, no tests", () => {
    const fromBuild = copied.filter((c) => c.from === 'build');
    for (const { sources, destination } of fromBuild)
      for (const source of sources) {
        expect(source).toMatch(/^\/app\/(libs|services|apps)\/[\w-]+\/(dist|package\.json)$/);
        // Where Node looks for it: the same path under /app (WORKDIR).
        const relative = source.slice('/app/'.length);
        expect(destination.replace(/\/$/, '')).toBe(
          relative.endsWith('package.json') ? path.dirname(relative) : relative,
        );
      }
    const taken = fromBuild.flatMap((c) => c.sources.map((s) => s.slice('/app/'.length)));
    expect(taken.sort()).toEqual(projects.flatMap((p) => [`${p}/dist`, `${p}/package.json`]).sort());
  });

  it('resolves every workspace it loads through a package.json whose main is in dist', () => {
    for (const project of projects) {
      const { main } = JSON.parse(read(`${project}/package.json`));
      expect({ project, main }).toEqual({ project, main: expect.stringMatching(/^dist\//) });
    }
  });

  it('installs and builds nothing, and writes only the one directory uid 1000 owns (.dev, the keys volume)', () => {
    expect(runs(runtime)).toEqual(['mkdir /app/.dev && chown 1000:1000 /app/.dev']);
    expect(runtime.instructions.find((i) => i.keyword === 'WORKDIR')?.args).toBe('/app');
  });

  it('runs as a numeric non-root user, set last', () => {
    const users = runtime.instructions.filter((i) => i.keyword === 'USER');
    expect(users.map((u) => u.args)).toEqual(['1000:1000']);
    expect(runtime.instructions[runtime.instructions.length - 1]).toEqual({ keyword: 'USER', args: '1000:1000' });
  });
});

describe('.dockerignore', () => {
  const excluded = dockerignore(read('.dockerignore'));

  it('keeps private keys, installs, builds, reports, git and logs out of the build context', () => {
    const secretOrLocal = [
      '.dev/issuer/private.jwk.json',
      '.dev/intake-bsn-keys.json',
      '.env',
      '.git/HEAD',
      'node_modules/jose/package.json',
      'apps/portaal/node_modules/@vitejs/plugin-react/package.json',
      'libs/platform/dist/index.js',
      'services/intake/dist/main.js',
      'services/intake/dist/tsconfig.app.tsbuildinfo',
      '.nx/workspace-data/project-graph.json',
      'reports/jest/deploy.json',
      'bench/results/latest.json',
      'bench/src/bench.ts',
      'coverage/lcov.info',
      'services/intake/coverage/lcov.info',
      'npm-debug.log',
      'services/subsidies/export.log',
      'e2e/test/contract/contract.spec.ts',
      'services/intake/test/intake.spec.ts',
      'services/intake/src/config/intake-config.spec.ts',
      'apps/portaal/test/beheer.spec.ts',
      'docs/events/README.md',
      'tmp-prof-claim/profile.cpuprofile',
    ];
    expect(secretOrLocal.filter((file) => !excluded(file))).toEqual([]);
  });

  it("lets in every file the Dockerfile copies from the context, and the projects' sources", () => {
    const fromContext = stages.flatMap(copies).filter((c) => !c.from);
    const sources = fromContext.flatMap((c) => c.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect({ source, exists: existsSync(path.join(ROOT, source)) }).toEqual({ source, exists: true });
      expect({ source, excluded: excluded(source) }).toEqual({ source, excluded: false });
    }
    for (const file of [
      'libs/platform/src/index.ts',
      'libs/platform/tsconfig.lib.json',
      'services/intake/src/main.ts',
      'apps/portaal/index.html',
      'apps/portaal/server/main.ts',
    ])
      expect({ file, excluded: excluded(file) }).toEqual({ file, excluded: false });
  });
});
