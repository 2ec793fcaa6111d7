import { ChildProcess, execFile, spawn, spawnSync, SpawnOptions } from 'node:child_process';
import { createServer, Server, Socket } from 'node:net';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ip = (...args: string[]) => run('ip', args);

/** Where a test's process runs (the root network namespace or one the test made) and how it is reached. */
export interface ProcessHost {
  /** The address its servers listen on and others reach them at. */
  readonly address: string;
  /** Starts `command` there. */
  spawn(command: string, args: readonly string[], options: SpawnOptions): ChildProcess;
  /** A URL of a server on the root namespace's loopback (PostgreSQL, Redis) as a process here reaches it. */
  reach(url: string): Promise<string>;
}

/** The root namespace's loopback: where test processes run unless a test puts them elsewhere. */
export const LOOPBACK: ProcessHost = {
  address: '127.0.0.1',
  spawn: (command, args, options) => spawn(command, args, options),
  reach: async (url) => url,
};

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NAMESPACE_PREFIX = 'wizlab-';

/**
 * Why this machine cannot run network-namespace tests (no `ip`, or not allowed to add a namespace), or undefined
 * when it can. Synchronous, so a test file can decide at load time between `describe` and `describe.skip`.
 */
export function networkNamespacesUnavailable(): string | undefined {
  const probe = `${NAMESPACE_PREFIX}probe-${process.pid}`;
  const added = spawnSync('ip', ['netns', 'add', probe], { encoding: 'utf8' });
  if (added.error) return `iproute2's ip is not installed (${added.error.message})`;
  if (added.status !== 0) return `ip netns add is not permitted here: ${added.stderr.trim()}`;
  spawnSync('ip', ['netns', 'delete', probe]);
  return undefined;
}

let labsInThisProcess = 0;

/**
 * A network of the test's own made of Linux network namespaces (iproute2). Every host is a namespace with one veth
 * interface whose other end is a port of a bridge in the root namespace; the bridge has an address too, so the test
 * and processes on the root namespace reach every host, and the hosts reach each other. Addresses are a
 * 10.231.x.0/24 no interface of the machine uses, on these interfaces only: nothing leaves the bridge.
 *
 * `cut(host)` takes the host's link down: it loses the other hosts and the root namespace at once, as with a
 * failed switch port. Its processes keep running and their TCP connections stay open, unanswered, which is what
 * makes a partition harder than a crash. `heal(host)` brings the link back and the same connections carry on.
 */
export class NetworkLab {
  private readonly relays = new Map<number, Promise<number>>();
  private readonly servers: Server[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly tag: string,
    private readonly subnet: string,
    private readonly hostNames: readonly string[],
  ) {}

  /** Makes the bridge and one namespace per host name; on any failure removes what it made, then throws. */
  static async create(hostNames: readonly string[]): Promise<NetworkLab> {
    await removeStaleLabs();
    // The pid keeps labs of concurrent test processes apart, the counter those of one process; base 36 keeps
    // interface names within Linux's 15 characters.
    const tag = `${process.pid.toString(36)}-${(labsInThisProcess++).toString(36)}`;
    const lab = new NetworkLab(tag, await unusedSubnet(), hostNames);
    try {
      await lab.build();
    } catch (err) {
      await lab.destroy();
      throw err;
    }
    return lab;
  }

  private get bridge(): string {
    return `wz-${this.tag}b`;
  }

  private namespace(name: string): string {
    return `${NAMESPACE_PREFIX}${process.pid}-${this.tag}-${name}`;
  }

  /** The veth end on the bridge: taking it down cuts the host off. */
  private link(name: string): string {
    return `wz-${this.tag}h${this.index(name)}`;
  }

  private index(name: string): number {
    const i = this.hostNames.indexOf(name);
    if (i < 0) throw new Error(`no host ${name} in this lab (${this.hostNames.join(', ')})`);
    return i;
  }

  /** The bridge's own address: where processes in the namespaces reach the root namespace (the loopback relays). */
  private get gateway(): string {
    return `${this.subnet}.1`;
  }

  private async build(): Promise<void> {
    await ip('link', 'add', this.bridge, 'type', 'bridge', 'forward_delay', '0');
    await ip('addr', 'add', `${this.gateway}/24`, 'dev', this.bridge);
    await ip('link', 'set', this.bridge, 'up');
    for (const [i, name] of this.hostNames.entries()) {
      const ns = this.namespace(name);
      const inside = `wz-${this.tag}n${i}`;
      await ip('netns', 'add', ns);
      await ip('link', 'add', this.link(name), 'type', 'veth', 'peer', 'name', inside);
      await ip('link', 'set', inside, 'netns', ns);
      await ip('-n', ns, 'link', 'set', inside, 'name', 'eth0');
      await ip('-n', ns, 'addr', 'add', `${this.address(name)}/24`, 'dev', 'eth0');
      await ip('-n', ns, 'link', 'set', 'eth0', 'up');
      await ip('-n', ns, 'link', 'set', 'lo', 'up');
      await ip('link', 'set', this.link(name), 'master', this.bridge);
      await ip('link', 'set', this.link(name), 'up');
    }
  }

  address(name: string): string {
    return `${this.subnet}.${11 + this.index(name)}`;
  }

  /** A host of this lab, to start nats-servers and services in. */
  host(name: string): ProcessHost {
    const ns = this.namespace(name);
    return {
      address: this.address(name),
      spawn: (command, args, options) => spawn('ip', ['netns', 'exec', ns, command, ...args], options),
      reach: (url) => this.reach(url),
    };
  }

  /** Cuts the host off from every other host and from the root namespace. */
  async cut(name: string): Promise<void> {
    await ip('link', 'set', this.link(name), 'down');
  }

  async heal(name: string): Promise<void> {
    await ip('link', 'set', this.link(name), 'up');
  }

  /**
   * Namespaces have a loopback of their own, so a process in one cannot reach PostgreSQL or Redis on the root
   * namespace's 127.0.0.1. A relay in this (the test's) process listens on the bridge and forwards to the loopback
   * port; a cut host loses it like everything else.
   */
  private async reach(url: string): Promise<string> {
    const target = new URL(url);
    if (!LOOPBACK_NAMES.has(target.hostname)) return url;
    const port = Number(target.port);
    if (!this.relays.has(port)) this.relays.set(port, this.relay(port));
    target.hostname = this.gateway;
    target.port = String(await this.relays.get(port));
    return target.toString();
  }

  private relay(port: number): Promise<number> {
    const server = createServer((client) => {
      const upstream = new Socket();
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.once('close', () => this.sockets.delete(s));
      }
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      upstream.connect(port, '127.0.0.1', () => client.pipe(upstream).pipe(client));
    });
    this.servers.push(server);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, this.gateway, () => resolve((server.address() as { port: number }).port));
    });
  }

  /**
   * Removes the namespaces, their links and the bridge, and closes the relays. Processes must be stopped first:
   * a namespace lives on while a process is in it. Safe to call on a half-built lab.
   */
  async destroy(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all(this.servers.map((s) => new Promise((done) => s.close(done))));
    for (const name of this.hostNames) {
      await ip('netns', 'delete', this.namespace(name)).catch(() => undefined); // takes the veth pair with it
      await ip('link', 'delete', this.link(name)).catch(() => undefined); // in case it never moved into the namespace
    }
    await ip('link', 'delete', this.bridge).catch(() => undefined);
  }
}

/** A 10.231.x.0/24 no address or route of this machine is in (another lab's included). */
async function unusedSubnet(): Promise<string> {
  const { stdout } = await ip('-4', 'route', 'show', 'table', 'all');
  const { stdout: addresses } = await ip('-4', '-o', 'addr', 'show');
  const used = `${stdout}\n${addresses}`;
  const start = process.pid % 200;
  for (let i = 0; i < 250; i++) {
    const subnet = `10.231.${1 + ((start + i) % 250)}`;
    if (!used.includes(`${subnet}.`)) return subnet;
  }
  throw new Error('no free 10.231.x.0/24 for a network lab');
}

/**
 * Labs left behind by a test process that died before its afterAll (SIGKILL, a crash): namespaces whose creating
 * process is gone. Their processes (started by that lab) are killed and the namespaces and bridge removed, so a
 * stale lab never holds a subnet or a port of a later run.
 */
async function removeStaleLabs(): Promise<void> {
  const { stdout } = await ip('netns', 'list');
  const stale = stdout
    .split('\n')
    .map((line) => line.split(' ')[0])
    .filter((ns) => ns.startsWith(NAMESPACE_PREFIX))
    .map((ns) => ({ ns, pid: Number(ns.slice(NAMESPACE_PREFIX.length).split('-')[0]) }))
    .filter(({ pid }) => Number.isInteger(pid) && !isAlive(pid));
  for (const { ns, pid } of stale) {
    const { stdout: pids } = await ip('netns', 'pids', ns).catch(() => ({ stdout: '' }));
    for (const p of pids.split('\n').filter(Boolean)) signal(Number(p), 'SIGKILL');
    await ip('netns', 'delete', ns).catch(() => undefined);
    const bridge = `wz-${pid.toString(36)}-${ns.split('-')[3]}b`;
    await ip('link', 'delete', bridge).catch(() => undefined);
  }
}

/** Sends `sig`; false when there is no such process (any more). Signal 0 only asks whether it exists. */
function signal(pid: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

const isAlive = (pid: number) => signal(pid, 0);
