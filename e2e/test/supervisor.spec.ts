import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { workspaceRoot } from '@wiz/platform/testing';
import { isAlive } from './support/processes';

/**
 * `npm start`'s supervisor (scripts/lib/supervisor.mjs), driven as start.mjs drives it, in a Node process of its own
 * with real child processes: one that keeps crashing, one that keeps running. Before, one service dying stopped all.
 */
describe('npm start: the supervisor', () => {
  const supervisorModule = path.join(workspaceRoot(), 'scripts/lib/supervisor.mjs');
  let driver: ChildProcess | undefined;
  afterEach(() => {
    if (driver && driver.exitCode === null && driver.signalCode === null) driver.kill('SIGKILL');
  });

  /** A supervisor running `crashing` (exits with 3 at once) and `steady` (runs until told to stop), with short pauses. */
  function startDriver(): { output: () => string; exit: Promise<number | null> } {
    const child = (script: string) => `{ command: process.execPath, args: ['-e', ${JSON.stringify(script)}] }`;
    const program = `
      import { Supervisor } from ${JSON.stringify(supervisorModule)};
      const supervisor = new Supervisor({ backoffMs: [100, 200], maxRestartsPerMinute: 3, stopTimeoutMs: 5000 });
      supervisor.start({ tag: '[crashing]', ...${child("console.log('up'); process.exit(3)")} });
      supervisor.start({ tag: '[steady]', ...${child("console.log('up'); process.on('SIGTERM', () => { console.log('bye'); process.exit(0); }); setInterval(() => {}, 1000)")} });
      process.on('SIGTERM', () => supervisor.stop().then(() => process.exit(0)));
    `;
    driver = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    driver.stdout!.on('data', (d) => (output += d));
    driver.stderr!.on('data', (d) => (output += d));
    const exit = new Promise<number | null>((resolve) => driver!.once('exit', resolve));
    return { output: () => output, exit };
  }

  async function until(check: () => boolean, what: string, output: () => string): Promise<void> {
    for (const deadline = Date.now() + 20_000; !check(); await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > deadline) throw new Error(`no ${what} in:\n${output()}`);
    }
  }

  it('restarts a crashed process with growing pauses, gives up after the cap a minute, and leaves the others running', async () => {
    const { output, exit } = startDriver();
    await until(
      () => output().includes('[crashing] [supervisor] exited (3) after 3 restarts within a minute: left stopped'),
      'give-up line',
      output,
    );
    const lines = output().split('\n');
    expect(lines.filter((l) => l === '[crashing] up')).toHaveLength(4); // the first start and three restarts
    expect(lines).toEqual(
      expect.arrayContaining([
        '[crashing] [supervisor] exited (3): restarting in 0.1 s (restart 1 of at most 3 a minute)',
        '[crashing] [supervisor] exited (3): restarting in 0.2 s (restart 2 of at most 3 a minute)',
        '[crashing] [supervisor] exited (3): restarting in 0.2 s (restart 3 of at most 3 a minute)',
      ]),
    );
    const steadyPid = Number(/\[steady\] \[supervisor\] started \(pid (\d+)\)/.exec(output())![1]);
    expect(isAlive(steadyPid)).toBe(true);
    expect(output()).not.toContain('[steady] [supervisor] exited');

    // SIGTERM (as Ctrl-C) still stops everything cleanly.
    driver!.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(output()).toContain('[steady] bye');
    expect(output()).toContain('[steady] [supervisor] stopped (0)');
    expect(isAlive(steadyPid)).toBe(false);
  });

  it('starts nothing again once stopping, even with a restart pending', async () => {
    const { output, exit } = startDriver();
    await until(() => output().includes('[crashing] [supervisor] exited (3): restarting'), 'restart line', output);
    driver!.kill('SIGTERM');
    expect(await exit).toBe(0);
    const afterStop = output().slice(output().indexOf('[steady] bye'));
    expect(afterStop).not.toContain('[crashing] [supervisor] started');
  });
});
