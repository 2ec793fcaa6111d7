import { spawn, ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { freePort, TestRun } from '@wiz/platform/testing';
import type { ServiceName } from '@wiz/platform';

const ROOT = path.resolve(__dirname, '../..');

export interface RunningService {
  name: ServiceName;
  url: string;
  process: ChildProcess;
  output: string[];
}

/** Starts built services as separate processes, as `npm start` does, with this test run's isolated settings. */
export async function startServices(run: TestRun, names: readonly ServiceName[]): Promise<RunningService[]> {
  const services: RunningService[] = [];
  for (const name of names) {
    const port = await freePort();
    const env = { ...process.env, ...run.env, [`${name.toUpperCase()}_PORT`]: String(port), [`${name.toUpperCase()}_DATABASE_URL`]: run.databaseUrl(name), LOG_LEVEL: 'info', HOST: '127.0.0.1' };
    await run.config(name); // registers the database for cleanup and makes the issuer keys
    const child = spawn(process.execPath, [path.join(ROOT, `services/${name}/dist/main.js`)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    services.push({ name, url: `http://127.0.0.1:${port}`, process: child, output });
  }
  for (const s of services) await waitUntilReady(s);
  return services;
}

async function waitUntilReady(s: RunningService, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (s.process.exitCode !== null) throw new Error(`${s.name} exited with ${s.process.exitCode}:\n${s.output.join('')}`);
    const ok = await fetch(`${s.url}/health/ready`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${s.name} not ready after ${timeoutMs} ms:\n${s.output.join('')}`);
}

/** SIGTERM and wait; resolves with the exit code (null when it had to be killed). */
export function stopService(s: RunningService, timeoutMs = 20_000): Promise<number | null> {
  if (s.process.exitCode !== null || s.process.signalCode !== null) return Promise.resolve(s.process.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => s.process.kill('SIGKILL'), timeoutMs);
    s.process.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    s.process.kill('SIGTERM');
  });
}
