import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { workspaceRoot } from '@wiz/platform/testing';
import { isAlive } from './support/processes';

/**
 * `npm run dev`'s watcher (scripts/lib/dev-watch.mjs) over real directories, restarting real processes through
 * npm start's supervisor, in a Node process of its own as dev.mjs runs them: two "services" a and b built from
 * their own sources and a shared library. Only the rebuild is a stand-in that says which processes it was asked for.
 */
describe('npm run dev: a change restarts what was built from it', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'wiz-dev-watch-'));
  let driver: ChildProcess | undefined;
  afterAll(() => {
    if (driver && driver.exitCode === null && driver.signalCode === null) driver.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  const source = (dir: string) => path.join(root, dir, 'src');
  const pidsOf = (output: string, name: string) =>
    [...output.matchAll(new RegExp(`\\[${name}\\] \\[supervisor\\] started \\(pid (\\d+)\\)`, 'g'))].map((m) =>
      Number(m[1]),
    );

  it('restarts the service whose source changed and not the other; a library change restarts both', async () => {
    for (const dir of ['a', 'b', 'lib']) mkdirSync(source(dir), { recursive: true });
    const module = (file: string) => JSON.stringify(path.join(workspaceRoot(), 'scripts/lib', file));
    const program = `
      import { Supervisor } from ${module('supervisor.mjs')};
      import { watchSources } from ${module('dev-watch.mjs')};
      const supervisor = new Supervisor({ stopTimeoutMs: 5000 });
      const steady = "process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000)";
      for (const name of ['a', 'b']) supervisor.start({ name, tag: '[' + name + ']', command: process.execPath, args: ['-e', steady] });
      watchSources({
        processes: [
          { name: 'a', sources: [${JSON.stringify(source('a'))}, ${JSON.stringify(source('lib'))}] },
          { name: 'b', sources: [${JSON.stringify(source('b'))}, ${JSON.stringify(source('lib'))}] },
        ],
        rebuild: async (names) => (console.log('[test] rebuilt ' + names.join(',')), true),
        restart: (name) => supervisor.restart(name),
        settleMs: 100,
      });
      console.log('[test] watching');
      process.on('SIGTERM', () => supervisor.stop().then(() => process.exit(0)));
    `;
    driver = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    driver.stdout!.on('data', (d) => (output += d));
    driver.stderr!.on('data', (d) => (output += d));
    const until = async (text: string) => {
      for (const deadline = Date.now() + 20_000; !output.includes(text); await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() > deadline) throw new Error(`no "${text}" in:\n${output}`);
      }
    };
    await until('[test] watching');
    await until('[b] [supervisor] started');
    const [firstA] = pidsOf(output, 'a');
    const [firstB] = pidsOf(output, 'b');

    writeFileSync(path.join(source('a'), 'main.ts'), 'export const changed = 1;\n');
    await until('[dev] restarted a');
    expect(output).toContain('[test] rebuilt a\n');
    // Exit 0 from its SIGTERM handler, or the signal itself when the restart came before the child had booted
    // (CI on a loaded machine); either way the supervisor stopped it in order to start it again.
    expect(output).toMatch(/\[a\] \[supervisor\] stopped \((0|SIGTERM)\) to start it anew/);
    expect(pidsOf(output, 'a')).toHaveLength(2);
    expect(isAlive(firstA)).toBe(false);
    expect(pidsOf(output, 'b')).toEqual([firstB]);
    expect(isAlive(firstB)).toBe(true);

    writeFileSync(path.join(source('lib'), 'shared.ts'), 'export const shared = 2;\n');
    await until('[dev] restarted a, b');
    expect(output).toContain('[test] rebuilt a,b\n');
    expect(pidsOf(output, 'a')).toHaveLength(3);
    expect(pidsOf(output, 'b')).toHaveLength(2);
    expect(isAlive(firstB)).toBe(false);

    const exited = new Promise((resolve) => driver!.once('exit', resolve));
    driver.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
