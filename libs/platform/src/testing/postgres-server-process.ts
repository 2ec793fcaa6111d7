import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import * as path from 'node:path';
import { freePort, waitForPort } from './nats-server-process';

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl) on a spare port, trust auth, fsync off. Fault tests
 * stop and start it; the machine's shared PostgreSQL is never touched. PostgreSQL refuses to run as root, so as
 * root its commands run as the `postgres` system user.
 */
export class PostgresServerProcess {
  readonly dataDir = mkdtempSync(path.join(tmpdir(), 'wiz-pg-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<PostgresServerProcess> {
    const server = new PostgresServerProcess(await freePort());
    if (userInfo().uid === 0) chownSync(server.dataDir, uidOf('postgres'), gidOf('postgres'));
    server.pg('initdb', [
      '-D',
      server.dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    await server.start();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    this.pg('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', path.join(this.dataDir, 'server.log'), '-w', 'start']);
    await waitForPort(this.port, 10_000);
  }

  /** `immediate` is a crash as far as clients can tell: connections drop, recovery runs at the next start. */
  stop(mode: 'fast' | 'immediate' = 'immediate'): void {
    this.pg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.stop('immediate');
    } catch {
      // already stopped
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private pg(command: string, args: string[]): void {
    const bin = path.join(process.env.PG_BIN_DIR ?? pgBinDir(), command);
    const [file, argv] = userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: tmpdir() });
  }
}

function pgBinDir(): string {
  return path.dirname(execFileSync('bash', ['-c', 'readlink -f "$(command -v pg_ctl)"']).toString().trim());
}

const uidOf = (user: string) => Number(execFileSync('id', ['-u', user]).toString().trim());
const gidOf = (user: string) => Number(execFileSync('id', ['-g', user]).toString().trim());
