import { spawnSync } from 'node:child_process';
import { workspaceRoot } from '@wiz/platform/testing';

/**
 * Every script answers --help with its usage (exit 0) and names an unknown option (exit 2, no stack trace), both
 * before it installs, starts or builds anything. Before issue 16 `npm run token -- --help` printed a stack trace.
 */
describe('the scripts’ command lines', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, args, {
      cwd: workspaceRoot(),
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 50_000,
    });
  const scripts = [
    'start',
    'dev',
    'test',
    'token',
    'bench',
    'nats-config',
    'figures-scenario',
    'infra',
    'openapi',
    'event-consumers',
    'api-types',
  ];

  it.each(scripts)('%s --help prints its usage and exits 0', (script) => {
    const answer = run([`scripts/${script}.mjs`, '--help']);
    expect(answer.status).toBe(0);
    expect(answer.stdout).toContain('usage: ');
    expect(answer.stdout).toContain('--help');
  });

  it.each(scripts)('%s --bogus names the unknown option and exits 2 without a stack trace', (script) => {
    const answer = run([`scripts/${script}.mjs`, '--bogus']);
    expect(answer.status).toBe(2);
    expect(answer.stderr).toContain(`${script}.mjs: unknown option --bogus (options: `);
    expect(answer.stderr).not.toMatch(/^\s+at /m);
  });

  it('bench --only=typo names the sections there are and measures nothing', () => {
    const answer = run(['-r', '@swc-node/register', 'bench/src/main.ts', '--only=intake,typo'], {
      SWC_NODE_PROJECT: 'bench/tsconfig.json',
    });
    expect(answer.status).toBe(2);
    expect(answer.stderr).toContain(
      'no section named typo; the sections are intake, pipeline, monitor, claim, followups, dashboard, import',
    );
    expect(answer.stdout).not.toContain('===');
  });
});
