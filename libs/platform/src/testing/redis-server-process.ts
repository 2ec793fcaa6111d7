import { spawn, ChildProcess } from 'node:child_process';
import { freePort, killAndWait, waitForPort } from './nats-server-process';

/**
 * A redis-server of the test's own on a spare port, keeping nothing on disk (as the machine's): killing it and
 * starting it again gives an empty Redis. The machine's shared Redis is never touched.
 */
export class RedisServerProcess {
  private child?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly extraArgs: string[],
  ) {}

  /** `extraArgs` go to redis-server as they are (e.g. `--replicaof 127.0.0.1 <port>`). */
  static async start(extraArgs: string[] = []): Promise<RedisServerProcess> {
    const server = new RedisServerProcess(await freePort(), extraArgs);
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      '/tmp',
      ...this.extraArgs,
    ];
    this.child = spawn(process.env.REDIS_SERVER_BIN ?? 'redis-server', args, { stdio: 'ignore' });
    await waitForPort(this.port, 10_000);
  }

  /** SIGKILL: whatever it held is gone. */
  async kill(): Promise<void> {
    await killAndWait(this.child);
    this.child = undefined;
  }
}
