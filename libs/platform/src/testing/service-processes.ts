import { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
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

/** The Node flags the service runs with everywhere (its package.json "nodeArgs", as npm start and deploy/ use them). */
export function serviceNodeArgs(dir: string): string[] {
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { nodeArgs?: string[] }).nodeArgs ?? [];
}

/**
 * One built service as a separate process, the way `npm start` runs it, on this run's isolated settings plus
 * `env`. It keeps its port across restarts, so clients and tests can kill it and bring it back. It runs on `host`:
 * the loopback, or a network namespace of a NetworkLab.
 */
export class ServiceProcess {
  readonly output: string[] = [];
  process!: ChildProcess;
  /** Where the current start's output begins in `output` (which keeps every start's, for the log scans). */
  private outputOfThisStart = 0;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    readonly host: ProcessHost = LOOPBACK,
    /** The workspace whose build runs: this one, or another checkout's to compare against (bench --compare). */
    private readonly root: string = workspaceRoot(),
  ) {}

  get url(): string {
    return `http://${this.host.address}:${this.port}`;
  }

  get pid(): number {
    return this.process.pid!;
  }

  start(): this {
    this.outputOfThisStart = this.output.length;
    const dir = path.join(this.root, `services/${this.name}`);
    this.process = this.host.spawn(process.execPath, [...serviceNodeArgs(dir), path.join(dir, 'dist/main.js')], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process.stdout!.on('data', (d) => this.output.push(String(d)));
    this.process.stderr!.on('data', (d) => this.output.push(String(d)));
    return this;
  }

  /** Whether this process, and not another test's server that took the same port meanwhile, listens on its port. */
  get listening(): boolean {
    return holdsListeningSocket(this.pid, this.port);
  }

  /** It stopped because another process held its port: the port was free when picked and taken before the bind. */
  get lostItsPort(): boolean {
    const output = this.output.slice(this.outputOfThisStart);
    return this.process.exitCode !== null && output.some((chunk) => chunk.includes('EADDRINUSE'));
  }

  async waitUntilReady(timeoutMs = 60_000): Promise<this> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null)
        throw new Error(`${this.name} exited with ${this.process.exitCode}:\n${this.output.join('')}`);
      if (
        this.listening &&
        (await fetch(`${this.url}/health/ready`)
          .then((r) => r.ok)
          .catch(() => false))
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
 * On another `host` than the loopback they reach PostgreSQL and Redis through that host's relays. `root` is the
 * workspace whose build runs.
 */
export async function startServices(
  run: TestRun,
  names: readonly ServiceName[],
  env: NodeJS.ProcessEnv = {},
  host: ProcessHost = LOOPBACK,
  root: string = workspaceRoot(),
): Promise<ServiceProcess[]> {
  const services: ServiceProcess[] = [];
  const startOne = async (name: ServiceName): Promise<ServiceProcess> => {
    const port = await freePort();
    await run.config(name); // registers the database for cleanup and makes the issuer keys
    const base: NodeJS.ProcessEnv = { ...process.env, ...run.env, LOG_LEVEL: 'info', HOST: host.address, ...env };
    const serviceEnv = {
      ...base,
      REDIS_URL: await host.reach(base.REDIS_URL!),
      [`${name.toUpperCase()}_PORT`]: String(port),
      [`${name.toUpperCase()}_DATABASE_URL`]: await host.reach(run.databaseUrl(name)),
    };
    return new ServiceProcess(name, port, serviceEnv, host, root).start();
  };
  for (const name of names) services.push(await startOne(name));
  try {
    for (let i = 0; i < services.length; i++) services[i] = await readyOnAPortOfItsOwn(services[i], startOne);
  } catch (err) {
    await Promise.all(services.map((s) => s.stop('SIGKILL')));
    throw err;
  }
  return services;
}

/**
 * A free port is free when picked and taken when bound, so with many test processes starting servers at once
 * another one can bind it first: then this service exits with EADDRINUSE and starts again on another port.
 */
async function readyOnAPortOfItsOwn(
  service: ServiceProcess,
  startAgain: (name: ServiceName) => Promise<ServiceProcess>,
  attempts = 3,
): Promise<ServiceProcess> {
  try {
    return await service.waitUntilReady();
  } catch (err) {
    if (!service.lostItsPort || attempts <= 1) throw err;
    return readyOnAPortOfItsOwn(await startAgain(service.name), startAgain, attempts - 1);
  }
}

/**
 * Whether process `pid` holds a listening TCP socket on `port`, read from Linux's /proc (elsewhere: assumed). A port
 * is free when picked and bound later, so under load another test's server can hold it and answer in our name.
 */
export function holdsListeningSocket(pid: number, port: number): boolean {
  const proc = `/proc/${pid}`;
  if (!existsSync('/proc/self/net/tcp')) return true;
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['tcp', 'tcp6']) {
    let rows: string[];
    try {
      rows = readFileSync(`${proc}/net/${table}`, 'utf8').split('\n').slice(1);
    } catch {
      continue; // no IPv6, or the process is gone
    }
    for (const row of rows) {
      const f = row.trim().split(/\s+/); // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      if (f[1]?.endsWith(`:${portHex}`) && f[3] === '0A') inodes.add(`socket:[${f[9]}]`);
    }
  }
  if (inodes.size === 0) return false;
  try {
    return readdirSync(`${proc}/fd`).some((fd) => {
      try {
        return inodes.has(readlinkSync(`${proc}/fd/${fd}`));
      } catch {
        return false; // closed while reading
      }
    });
  } catch {
    return false; // the process is gone
  }
}
