import { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ServiceName } from '../config/platform-config';
import { freePort } from './nats-server-process';
import { LOOPBACK, ProcessHost } from './network-namespaces';
import type { TestRun } from './test-run';

/** The workspace root (where nx.json is), found from this file wherever it runs from (sources or a build). */
export function workspaceRoot(from = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir))
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
  throw new Error(`no nx.json above ${from}`);
}

/**
 * One built service as a separate process, the way `npm start` runs it, on this run's isolated settings plus
 * `env`. It keeps its port across restarts, so clients and tests can kill it and bring it back. It runs on `host`:
 * the loopback, or a network namespace of a NetworkLab.
 */
export class ServiceProcess {
  readonly output: string[] = [];
  process!: ChildProcess;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    readonly host: ProcessHost = LOOPBACK,
  ) {}

  get url(): string {
    return `http://${this.host.address}:${this.port}`;
  }

  get pid(): number {
    return this.process.pid!;
  }

  start(): this {
    this.process = this.host.spawn(
      process.execPath,
      [path.join(workspaceRoot(), `services/${this.name}/dist/main.js`)],
      { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process.stdout!.on('data', (d) => this.output.push(String(d)));
    this.process.stderr!.on('data', (d) => this.output.push(String(d)));
    return this;
  }

  async waitUntilReady(timeoutMs = 60_000): Promise<this> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null)
        throw new Error(`${this.name} exited with ${this.process.exitCode}:\n${this.output.join('')}`);
      if (
        await fetch(`${this.url}/health/ready`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        return this;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms:\n${this.output.join('')}`);
  }

  get running(): boolean {
    return !!this.process && this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Sends `signal` and waits for the exit; resolves with the exit code (null when killed by a signal). */
  stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<number | null> {
    if (!this.running) return Promise.resolve(this.process?.exitCode ?? null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
      this.process.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      this.process.kill(signal);
    });
  }
}

/**
 * Starts built services as separate processes with this test run's settings (plus `env`), each on a free port.
 * A name given twice is a second instance of that service: its own port, the same database, stream and consumers.
 * If one never gets ready, all are killed before the error is thrown: a live child would keep jest from exiting.
 * On another `host` than the loopback they reach PostgreSQL and Redis through that host's relays.
 */
export async function startServices(
  run: TestRun,
  names: readonly ServiceName[],
  env: NodeJS.ProcessEnv = {},
  host: ProcessHost = LOOPBACK,
): Promise<ServiceProcess[]> {
  const services: ServiceProcess[] = [];
  for (const name of names) {
    const port = await freePort();
    await run.config(name); // registers the database for cleanup and makes the issuer keys
    const base: NodeJS.ProcessEnv = { ...process.env, ...run.env, LOG_LEVEL: 'info', HOST: host.address, ...env };
    const serviceEnv = {
      ...base,
      REDIS_URL: await host.reach(base.REDIS_URL!),
      [`${name.toUpperCase()}_PORT`]: String(port),
      [`${name.toUpperCase()}_DATABASE_URL`]: await host.reach(run.databaseUrl(name)),
    };
    services.push(new ServiceProcess(name, port, serviceEnv, host).start());
  }
  try {
    for (const s of services) await s.waitUntilReady();
  } catch (err) {
    await Promise.all(services.map((s) => s.stop('SIGKILL')));
    throw err;
  }
  return services;
}
