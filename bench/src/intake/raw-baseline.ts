import { spawn, ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';
import { TestRun, workspaceRoot } from '@wiz/platform/testing';

/**
 * The baselines the benchmark measures against, each a process of its own (paths under bench/src): intake's raw
 * baseline and Nest floor do the same write (raw-write.ts); the pipeline's raw floor is one process per service
 * (raw-pipeline-server.ts), whose intake role is also intake's relay floor.
 */
const SERVERS = {
  raw: 'intake/raw-baseline-server.ts',
  'nest-floor': 'intake/nest-floor-server.ts',
  'relay-floor': 'pipeline/raw-pipeline-server.ts',
  'raw-pipeline-intake': 'pipeline/raw-pipeline-server.ts',
  'raw-pipeline-trajecten': 'pipeline/raw-pipeline-server.ts',
} as const;

/**
 * A baseline (one of SERVERS) as a separate process on a database of its own on the same PostgreSQL server as the
 * services (`wiz_<runid>_raw`, `wiz_<runid>_nest_floor`, …), created here and dropped by stop().
 */
export class RawBaseline {
  private stopped?: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly databaseUrl: string,
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  static async start(
    run: TestRun,
    poolSize: number,
    server: keyof typeof SERVERS = 'raw',
    env: NodeJS.ProcessEnv = {},
  ): Promise<RawBaseline> {
    const database = RawBaseline.database(run, server);
    const databaseUrl = new URL(run.databaseUrl('intake'));
    databaseUrl.pathname = `/${database}`;
    await admin(databaseUrl, (c) => c.query(`CREATE DATABASE "${database}"`));
    const root = workspaceRoot();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'bench/src', SERVERS[server])], {
      cwd: root,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: path.join(root, 'bench/tsconfig.json'),
        RAW_DATABASE_URL: databaseUrl.toString(),
        RAW_POOL_SIZE: String(poolSize),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stderr.on('data', (d) => output.push(String(d)));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${server} baseline not listening after 30 s:\n${output.join('')}`)),
          30_000,
        );
        child.stdout.on('data', (d) => {
          const match = /listening (\d+)/.exec(String(d));
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`${server} baseline exited with ${code}:\n${output.join('')}`));
        });
      });
      return new RawBaseline(child, `http://127.0.0.1:${port}`, databaseUrl.toString());
    } catch (err) {
      child.kill('SIGKILL');
      await dropRaw(databaseUrl);
      throw err;
    }
  }

  /** The database a baseline of this run writes to. */
  static database(run: TestRun, server: keyof typeof SERVERS): string {
    return `wiz_${run.id}_${server.replaceAll('-', '_')}`;
  }

  /** Stops the server and drops its database (once, however often it is called). */
  stop(): Promise<void> {
    this.stopped ??= this.stopOnce();
    return this.stopped;
  }

  private async stopOnce(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
        this.child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        this.child.kill('SIGTERM');
      });
    }
    await dropRaw(new URL(this.databaseUrl));
  }
}

async function admin(databaseUrl: URL, work: (c: Client) => Promise<unknown>): Promise<void> {
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function dropRaw(databaseUrl: URL): Promise<void> {
  const name = decodeURIComponent(databaseUrl.pathname.slice(1));
  return admin(databaseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => undefined);
}
