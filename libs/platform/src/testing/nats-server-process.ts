import { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LOOPBACK, ProcessHost } from './network-namespaces';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitForPort(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => {
        s.destroy();
        resolve(false);
      });
      s.connect(port, host);
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listening on ${port} after ${timeoutMs} ms`);
}

/** SIGKILLs a child process (if it still runs) and resolves once it has exited. */
export async function killAndWait(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * A nats-server of the test's own, on a spare port, with JetStream stored in a temp dir. Fault tests stop and
 * start it; the machine's shared NATS is never touched. Restarting keeps port and store, as a real restart would.
 * `args` are added to the command line (a cluster node's name, cluster port and routes: see NatsClusterProcess);
 * `host` runs it elsewhere than on the loopback (in a network namespace of a NetworkLab).
 */
export class NatsServerProcess {
  private child?: ChildProcess;
  readonly storeDir = mkdtempSync(path.join(tmpdir(), 'wiz-nats-'));

  private constructor(
    readonly port: number,
    private readonly args: readonly string[],
    readonly host: ProcessHost,
    private readonly monitorPort?: number,
  ) {}

  /** `monitor` opens the server's HTTP monitoring port, for tests that look at its client connections. */
  static async start({
    port,
    args = [],
    host = LOOPBACK,
    monitor = false,
  }: {
    port?: number;
    args?: readonly string[];
    host?: ProcessHost;
    monitor?: boolean;
  } = {}): Promise<NatsServerProcess> {
    const server = new NatsServerProcess(
      port ?? (await freePort()),
      args,
      host,
      monitor ? await freePort() : undefined,
    );
    await server.start();
    return server;
  }

  /** The client connections the server holds now, by connection id and client name (needs `monitor`). */
  async connections(): Promise<{ cid: number; name?: string }[]> {
    if (!this.monitorPort) throw new Error('started without monitor');
    const res = await fetch(`http://${this.host.address}:${this.monitorPort}/connz`);
    return ((await res.json()) as { connections: { cid: number; name?: string }[] }).connections;
  }

  get url(): string {
    return `nats://${this.host.address}:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const monitor = this.monitorPort ? ['-m', String(this.monitorPort)] : [];
    const args = [
      '-a',
      this.host.address,
      '-p',
      String(this.port),
      '-js',
      '-sd',
      this.storeDir,
      '-l',
      this.logFile,
      ...monitor,
      ...this.args,
    ];
    this.child = this.host.spawn(process.env.NATS_SERVER_BIN ?? 'nats-server', args, { stdio: 'ignore' });
    // 30 s: a node of a cluster starting while the machine runs many test processes can take longer than 10 s.
    // A server that exits instead (a port taken since freePort, a bad argument) says why from its log at once.
    const exited = new Promise<never>((_, reject) =>
      this.child!.once('exit', (code, signal) =>
        reject(new Error(`nats-server on ${this.port} exited (${code ?? signal})`)),
      ),
    );
    exited.catch(() => undefined);
    await Promise.race([waitForPort(this.port, 30_000, this.host.address), exited]).catch((err: Error) => {
      throw new Error(`${err.message}; log: ${this.logTail()}`);
    });
  }

  private logTail(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').split('\n').slice(-5).join(' | ') : '(no log)';
  }

  private get logFile(): string {
    return path.join(this.storeDir, 'nats-server.log');
  }

  /** The server's log lines that match `pattern` (the last `count`), for a test that must explain a failure. */
  logLines(pattern: RegExp, count = 20): string[] {
    if (!existsSync(this.logFile)) return [];
    return readFileSync(this.logFile, 'utf8')
      .split('\n')
      .filter((l) => pattern.test(l))
      .slice(-count);
  }

  /** SIGKILL: no goodbye to clients or to the other nodes of a cluster. */
  async stop(): Promise<void> {
    await killAndWait(this.child);
    this.child = undefined;
  }

  /** Stops the server and removes its store. */
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}
